import type { Condition } from '../../../core/questionnaire/questionnaire.types';
import { consumerSeller, notConsumerSeller } from './market';
import { nextStepRules } from './nextStepRules';
import type { RuleSpec } from './structure.types';

// Seed 1's B2B takeaways and seed 2's practices (a B2B social business network) are advice for
// business sellers; an unanswered market counts as B2B, the assessment's first audience.
const forBusinessSellers = (when: Condition): Condition => ({ all: [notConsumerSeller, when] });
// Seed 1's B2C side: advice for consumer sellers only.
const forConsumerSellers = (when: Condition): Condition => ({ all: [consumerSeller, when] });

const leadQualityKpis = ['ctr', 'cpl', 'downloads', 'mql_sql', 'lead_to_opportunity', 'share_of_voice', 'advocacy_reach'];
const visualPlatforms = ['instagram', 'tiktok', 'youtube', 'facebook'];

const answeredWithNoneOf = (question: string, ids: string[]): Condition => ({
  all: [{ question, answered: true }, { not: { any: ids.map((id) => ({ question, includes: id })) } }],
});

/*
 * Thresholds with no published benchmark behind them are working values, listed in
 * docs/content-traceability.md: lead→opportunity below 5%, and share of voice below 20% (a fair share
 * among you and four main competitors, since the questionnaire does not ask for the competitor count).
 *
 * Rules that name what they `improve` earn their priority from the index points they could win, so
 * the weakest dimension's advice leads. Rules that say the same thing about a dimension share a
 * `group`, and only the best ranked of a group is given: the most specific first (definition order
 * breaks ties), a next-step rule only where nothing more specific fired.
 */

/**
 * The market/practice mismatch (DOMAIN.md R16), split by market: the seeds' key warning. It improves
 * the dimensions whose marks depend on fitting the market, so the further off the practice, the
 * higher it ranks; its text states the problem and leaves the remedies to the rules below it.
 */
const fitRules: RuleSpec[] = [
  {
    id: 'align_practice_with_business_buyers',
    priority: 'high',
    when: { all: [{ fit: 'mismatch' }, { question: 'market', equals: 'b2b' }] },
    improves: ['goals', 'platforms', 'content', 'relationships'],
  },
  {
    id: 'align_practice_with_consumers',
    priority: 'high',
    when: { all: [{ fit: 'mismatch' }, { question: 'market', equals: 'b2c' }] },
    improves: ['goals', 'platforms', 'content', 'relationships'],
  },
];

/** Seed 1's B2B takeaways and seed 2's five practices (DOMAIN.md R1–R15), for business sellers. */
const businessRules: RuleSpec[] = [
  {
    id: 'invest_in_linkedin',
    priority: 'high',
    group: 'platforms',
    improves: ['platforms'],
    when: forBusinessSellers({
      any: [
        { question: 'main_platform_effort', in: ['visual_platforms', 'spread_evenly'] },
        { all: [{ question: 'platforms_used', answered: true }, { not: { question: 'platforms_used', includes: 'linkedin' } }] },
      ],
    }),
  },
  {
    id: 'educational_content_first',
    priority: 'high',
    group: 'content',
    improves: ['content'],
    when: forBusinessSellers({
      any: [
        { question: 'content_focus', in: ['entertaining', 'product_promotion'] },
        { question: 'educational_share', lt: 50 },
      ],
    }),
  },
  {
    id: 'professional_voice',
    priority: 'medium',
    group: 'content_voice',
    improves: ['content'],
    when: forBusinessSellers({
      any: [
        { question: 'tone', in: ['conversational', 'no_set_tone'] },
        { question: 'storytelling', in: ['rarely', 'never'] },
      ],
    }),
  },
  {
    id: 'play_long_game',
    priority: 'medium',
    group: 'goals',
    improves: ['goals'],
    when: forBusinessSellers({
      any: [
        { question: 'results_horizon', in: ['under_month', 'quarter', 'not_judged'] },
        { question: 'brand_share', lt: 30 },
      ],
    }),
  },
  { id: 'show_social_proof', priority: 'medium', group: 'proof', improves: ['proof'], when: forBusinessSellers({ dimension: 'proof', lte: 33 }) },
  {
    id: 'track_lead_quality',
    priority: 'high',
    group: 'measurement',
    improves: ['measurement'],
    when: forBusinessSellers({
      any: [answeredWithNoneOf('kpis_tracked', leadQualityKpis), { question: 'lead_definitions', in: ['none', 'marketing_only'] }],
    }),
  },
  {
    id: 'map_decision_makers',
    priority: 'high',
    group: 'audience',
    improves: ['audience'],
    when: forBusinessSellers({ question: 'buying_roles', in: ['none', 'one_persona'] }),
  },
  {
    id: 'expand_company_network',
    priority: 'high',
    group: 'network',
    improves: ['network'],
    when: forBusinessSellers({ any: [{ dimension: 'network', lte: 33 }, { kpi: 'advocacy_participation', lt: 10 }] }),
  },
  {
    id: 'help_and_share',
    priority: 'medium',
    group: 'community',
    improves: ['community'],
    when: forBusinessSellers({
      any: [
        { question: 'shares_others', in: ['never', 'under_10'] },
        { question: 'help_without_ask', lte: 2 },
      ],
    }),
  },
  {
    // Seed 2, practices 4 and 5: referrals and strong ties both come from giving first, so the two
    // rules share a group and a respondent is told it once.
    id: 'give_first_to_earn_referrals',
    priority: 'medium',
    group: 'reciprocity',
    improves: ['relationships'],
    when: forBusinessSellers({
      any: [
        { question: 'referrals', in: ['never', 'sometimes', 'after_success'] },
        { question: 'share_opportunities', lte: 2 },
      ],
    }),
  },
  {
    id: 'strengthen_ties_by_giving',
    priority: 'medium',
    group: 'reciprocity',
    improves: ['relationships'],
    when: forBusinessSellers({ question: 'connection_follow_up', in: ['nothing', 'thank_you', 'sales_pitch'] }),
  },
  {
    id: 'add_progression_steps',
    priority: 'medium',
    group: 'relationships',
    improves: ['relationships'],
    // Leads, opportunities and qualified leads are the business funnel: a consumer seller's figures are read by the consumer rules.
    when: {
      all: [
        notConsumerSeller,
        { any: [{ kpi: 'engagement_rate', band: 'within' }, { kpi: 'engagement_rate', band: 'above' }] },
        { kpi: 'lead_to_opportunity', lt: 5 },
      ],
    },
  },
  // Read from the figures alone: no dimension score measures an ad's creative or its offer.
  {
    id: 'revise_creative_and_offer',
    priority: 'medium',
    when: forBusinessSellers({ all: [{ kpi: 'ctr', band: 'below' }, { kpi: 'mql_to_sql', band: 'below' }] }),
  },
  { id: 'raise_thought_leadership', priority: 'low', when: forBusinessSellers({ kpi: 'share_of_voice', lt: 20 }) },
];

/** Seed 1's B2C side (reach, emotion, visual platforms, quick and direct sales), for consumer sellers. */
const consumerRules: RuleSpec[] = [
  {
    id: 'use_visual_platforms',
    priority: 'high',
    group: 'platforms',
    improves: ['platforms'],
    when: forConsumerSellers({
      any: [
        { question: 'main_platform_effort', in: ['professional_networks', 'industry_communities', 'spread_evenly'] },
        answeredWithNoneOf('platforms_used', visualPlatforms),
      ],
    }),
  },
  {
    id: 'lead_with_emotion',
    priority: 'high',
    group: 'content',
    improves: ['content'],
    when: forConsumerSellers({
      any: [
        { question: 'content_focus', in: ['educational', 'product_promotion'] },
        { question: 'tone', in: ['professional', 'no_set_tone'] },
      ],
    }),
  },
  {
    id: 'make_buying_quick',
    priority: 'high',
    group: 'relationships',
    improves: ['relationships'],
    when: forConsumerSellers({
      any: [
        { question: 'conversion_path', in: ['nurture_to_sales', 'no_path'] },
        answeredWithNoneOf('next_steps', ['buy_link', 'chat']),
      ],
    }),
  },
  {
    id: 'track_reach_and_sales',
    priority: 'high',
    group: 'measurement',
    improves: ['measurement'],
    when: forConsumerSellers(answeredWithNoneOf('kpis_tracked', ['sales_from_social'])),
  },
  {
    id: 'reply_while_interest_is_hot',
    priority: 'medium',
    group: 'community',
    improves: ['community'],
    when: forConsumerSellers({ question: 'reply_speed', in: ['within_week', 'rarely'] }),
  },
  {
    id: 'show_customers_love_it',
    priority: 'medium',
    group: 'proof',
    improves: ['proof'],
    when: forConsumerSellers({ dimension: 'proof', lte: 33 }),
  },
];

/** For every market: governance (DOMAIN.md R14). */
const sharedRules: RuleSpec[] = [
  { id: 'formalise_ownership', priority: 'high', group: 'organisation', improves: ['organisation'], when: { dimension: 'organisation', lte: 33 } },
];

/**
 * The recommendation rules: the fit mismatch first, then the advice for business sellers, for
 * consumer sellers and for all, then the next steps for dimensions already in good shape.
 */
export const rules: RuleSpec[] = [...fitRules, ...businessRules, ...consumerRules, ...sharedRules, ...nextStepRules];
