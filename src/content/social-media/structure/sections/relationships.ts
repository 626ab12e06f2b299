import { B2B, B2C } from '../axes';
import type { SectionSpec } from '../structure.types';

const points = (n: number) => ({ relationships: n });

/** D8 Relationship progression & referrals (seed 1, KPI "relationship progression"; seed 2, practices 4 and 5). */
export const relationshipsSection: SectionSpec = {
  id: 'relationships',
  questions: [
    {
      id: 'next_steps',
      type: 'multi',
      options: [
        { id: 'newsletter', points: points(1) },
        { id: 'webinar', points: points(1) },
        { id: 'download', points: points(1) },
        { id: 'demo', points: points(1) },
        { id: 'meeting', points: points(1) },
        { id: 'none', points: points(0) },
      ],
    },
    {
      id: 'connection_follow_up',
      type: 'single',
      options: [
        { id: 'nothing', points: points(0) },
        { id: 'thank_you', points: points(1) },
        { id: 'personal_follow_up', points: points(2) },
        { id: 'nurture_handoff', points: points(3) },
      ],
    },
    {
      id: 'referrals',
      type: 'single',
      options: [
        { id: 'never', points: points(0) },
        { id: 'sometimes', points: points(1) },
        { id: 'after_success', points: points(2) },
        { id: 'reference_programme', points: points(3) },
      ],
    },
    {
      id: 'conversion_path',
      type: 'single',
      options: [
        { id: 'nurture_to_sales', points: points(3), axes: B2B },
        { id: 'buy_now', points: points(1), axes: B2C },
        { id: 'no_path', points: points(0) },
      ],
    },
  ],
};
