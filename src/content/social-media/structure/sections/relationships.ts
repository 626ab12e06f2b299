import { B2B, B2C, NEUTRAL } from '../axes';
import { byMarket, notConsumerSeller } from '../market';
import type { SectionSpec } from '../structure.types';

const relationships = (b2b: number, b2c?: number, both?: number) => byMarket('relationships', b2b, b2c, both);

/**
 * D8 Relationship progression & referrals (seed 1, KPI "relationship progression" and B2C direct
 * sales; seed 2, practices 4 and 5). Seed 2 grounds referrals and stronger ties in reciprocity:
 * giving information, introductions and opportunities first, so giving earns the top marks, not asking.
 */
export const relationshipsSection: SectionSpec = {
  id: 'relationships',
  questions: [
    {
      id: 'next_steps',
      type: 'multi',
      options: [
        { id: 'newsletter', ...relationships(1) },
        { id: 'buy_link', ...relationships(0, 1) },
        { id: 'webinar', ...relationships(1, 0) },
        { id: 'download', ...relationships(1, 0) },
        { id: 'chat', ...relationships(1) },
        { id: 'demo', ...relationships(1, 0) },
        { id: 'meeting', ...relationships(1, 0) },
        { id: 'none', ...relationships(0) },
      ],
    },
    {
      id: 'connection_follow_up',
      type: 'single',
      options: [
        { id: 'personal_follow_up', ...relationships(2) },
        { id: 'sales_pitch', ...relationships(0, 2) },
        { id: 'give_first', ...relationships(3) },
        { id: 'thank_you', ...relationships(1) },
        { id: 'nothing', ...relationships(0) },
      ],
    },
    // Seed 2, practice 5: ties grow strong by giving information, referrals and opportunities.
    { id: 'share_opportunities', type: 'likert', points: { relationships: 3 }, visibleIf: notConsumerSeller },
    {
      id: 'referrals',
      type: 'single',
      options: [
        { id: 'reference_programme', ...relationships(2, 3) },
        { id: 'refer_others_first', ...relationships(3, 2) },
        { id: 'sometimes', ...relationships(1) },
        { id: 'after_success', ...relationships(2) },
        { id: 'never', ...relationships(0) },
      ],
    },
    {
      id: 'conversion_path',
      type: 'single',
      options: [
        { id: 'buy_now', ...relationships(1, 3), axes: B2C },
        { id: 'nurture_to_sales', ...relationships(3, 1), axes: B2B },
        { id: 'chat_to_order', ...relationships(2, 3), axes: NEUTRAL },
        { id: 'no_path', ...relationships(0) },
      ],
    },
  ],
};
