import { B2B, B2C, NEUTRAL } from '../axes';
import { byMarket, notConsumerSeller } from '../market';
import type { SectionSpec } from '../structure.types';

const audience = (b2b: number, b2c?: number, both?: number) => byMarket('audience', b2b, b2c, both);

/**
 * D1 Audience & decision process (seed 1, difference 1; takeaway "understand decision makers").
 * Who you reach and how they decide are asked apart: one question each, no double-barrelled item.
 */
export const audienceSection: SectionSpec = {
  id: 'audience',
  questions: [
    {
      id: 'audience_type',
      type: 'single',
      options: [
        { id: 'consumers', axes: B2C },
        { id: 'professionals', axes: B2B },
        { id: 'both', axes: NEUTRAL },
      ],
    },
    {
      id: 'decision_style',
      type: 'single',
      options: [
        { id: 'with_colleagues', axes: B2B },
        { id: 'on_the_spot', axes: B2C },
        { id: 'varies', axes: NEUTRAL },
      ],
    },
    {
      // A consumer decides alone (seed 1), so a few customer types describe the buyers in full.
      id: 'buying_roles',
      type: 'single',
      options: [
        { id: 'one_persona', ...audience(1, 2) },
        { id: 'buying_group', ...audience(3) },
        { id: 'few_roles', ...audience(2, 3) },
        { id: 'none', ...audience(0) },
      ],
    },
    {
      id: 'buyer_insight',
      type: 'single',
      options: [
        { id: 'customer_interviews', ...audience(2) },
        { id: 'assumptions', ...audience(0) },
        { id: 'ongoing_research', ...audience(3) },
        { id: 'reviews_comments', ...audience(1, 2) },
        { id: 'sales_anecdotes', ...audience(1) },
      ],
    },
    // Business buying groups only: a consumer who engages is the one who decides.
    { id: 'know_decision_makers', type: 'likert', points: { audience: 3 }, visibleIf: notConsumerSeller },
  ],
};
