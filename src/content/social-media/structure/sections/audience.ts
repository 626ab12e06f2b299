import { B2B, B2C, NEUTRAL } from '../axes';
import type { SectionSpec } from '../structure.types';

const points = (n: number) => ({ audience: n });

/** D1 Audience & decision process (seed 1, difference 1; takeaway "understand decision makers"). */
export const audienceSection: SectionSpec = {
  id: 'audience',
  questions: [
    {
      id: 'audience_decision',
      type: 'single',
      options: [
        { id: 'professional_committee', axes: B2B },
        { id: 'individual_emotional', axes: B2C },
        { id: 'mixed', axes: NEUTRAL },
      ],
    },
    {
      id: 'buying_roles',
      type: 'single',
      options: [
        { id: 'none', points: points(0) },
        { id: 'one_persona', points: points(1) },
        { id: 'few_roles', points: points(2) },
        { id: 'buying_group', points: points(3) },
      ],
    },
    {
      id: 'buyer_insight',
      type: 'single',
      options: [
        { id: 'assumptions', points: points(0) },
        { id: 'sales_anecdotes', points: points(1) },
        { id: 'customer_interviews', points: points(2) },
        { id: 'ongoing_research', points: points(3) },
      ],
    },
    { id: 'know_decision_makers', type: 'likert', points: points(3) },
  ],
};
