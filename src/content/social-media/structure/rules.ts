import type { Condition } from '../../../core/questionnaire/questionnaire.types';
import type { RuleSpec } from './structure.types';

// Advice that contradicts seed 1's B2C column, and seed 2's practices (a B2B social business
// network), is for business sellers only; an unanswered market counts as B2B, the assessment's audience.
const notB2c: Condition = { not: { question: 'market', equals: 'b2c' } };
const forBusinessSellers = (when: Condition): Condition => ({ all: [notB2c, when] });

const leadQualityKpis = ['ctr', 'cpl', 'downloads', 'mql_sql', 'lead_to_opportunity', 'share_of_voice', 'advocacy_reach'];

/*
 * Thresholds with no published benchmark behind them are working values, listed in
 * docs/content-traceability.md: lead→opportunity below 5%, and share of voice below 20% (a fair share
 * among you and four main competitors, since the questionnaire does not ask for the competitor count).
 */

/**
 * Recommendation rules of DOMAIN.md §4: R16 (split by market) first, because a market/practice
 * mismatch is the seeds' key warning and leads the list among high-priority advice; then R1–R15.
 */
export const rules: RuleSpec[] = [
  {
    id: 'align_practice_with_business_buyers',
    priority: 'high',
    when: { all: [{ fit: 'mismatch' }, { question: 'market', equals: 'b2b' }] },
  },
  {
    id: 'align_practice_with_consumers',
    priority: 'high',
    when: { all: [{ fit: 'mismatch' }, { question: 'market', equals: 'b2c' }] },
  },
  {
    id: 'invest_in_linkedin',
    priority: 'high',
    when: forBusinessSellers({
      any: [
        { question: 'main_platform_effort', equals: 'visual_platforms' },
        { all: [{ question: 'platforms_used', answered: true }, { not: { question: 'platforms_used', includes: 'linkedin' } }] },
      ],
    }),
  },
  {
    id: 'professional_voice',
    priority: 'medium',
    when: forBusinessSellers({ question: 'voice', in: ['casual', 'no_set_voice'] }),
  },
  {
    id: 'play_long_game',
    priority: 'medium',
    when: forBusinessSellers({
      any: [
        { question: 'results_horizon', in: ['under_month', 'quarter'] },
        { question: 'brand_share', lt: 30 },
      ],
    }),
  },
  {
    id: 'educational_content_first',
    priority: 'high',
    when: forBusinessSellers({
      any: [
        { question: 'content_focus', in: ['entertaining', 'product_promotion'] },
        { question: 'educational_share', lt: 50 },
      ],
    }),
  },
  { id: 'show_social_proof', priority: 'medium', when: { dimension: 'proof', lte: 33 } },
  {
    id: 'track_lead_quality',
    priority: 'high',
    when: forBusinessSellers({
      any: [
        {
          all: [
            { question: 'kpis_tracked', answered: true },
            { not: { any: leadQualityKpis.map((id) => ({ question: 'kpis_tracked', includes: id })) } },
          ],
        },
        { question: 'lead_definitions', in: ['none', 'marketing_only'] },
      ],
    }),
  },
  {
    id: 'map_decision_makers',
    priority: 'high',
    when: forBusinessSellers({ question: 'buying_roles', in: ['none', 'one_persona'] }),
  },
  {
    id: 'expand_company_network',
    priority: 'high',
    when: forBusinessSellers({ any: [{ dimension: 'network', lte: 33 }, { kpi: 'advocacy_participation', lt: 10 }] }),
  },
  {
    id: 'help_and_share',
    priority: 'medium',
    when: forBusinessSellers({
      any: [
        { question: 'shares_others', in: ['never', 'under_10'] },
        { question: 'help_without_ask', lte: 2 },
      ],
    }),
  },
  {
    id: 'ask_for_referrals',
    priority: 'medium',
    when: forBusinessSellers({ question: 'referrals', in: ['never', 'sometimes'] }),
  },
  {
    id: 'turn_weak_ties_strong',
    priority: 'medium',
    when: forBusinessSellers({ question: 'connection_follow_up', in: ['nothing', 'thank_you'] }),
  },
  {
    id: 'revise_creative_and_offer',
    priority: 'medium',
    when: { all: [{ kpi: 'ctr', band: 'below' }, { kpi: 'mql_to_sql', band: 'below' }] },
  },
  {
    id: 'add_progression_steps',
    priority: 'medium',
    when: {
      all: [
        { any: [{ kpi: 'engagement_rate', band: 'within' }, { kpi: 'engagement_rate', band: 'above' }] },
        { kpi: 'lead_to_opportunity', lt: 5 },
      ],
    },
  },
  { id: 'formalise_ownership', priority: 'high', when: { dimension: 'organisation', lte: 33 } },
  { id: 'raise_thought_leadership', priority: 'low', when: { kpi: 'share_of_voice', lt: 20 } },
];
