import type { SectionSpec } from '../structure.types';

const points = (n: number) => ({ organisation: n });

/** D10 Organisation & governance (Altimeter's "formalized" stage: owner, sponsor, policy, alignment). */
export const organisationSection: SectionSpec = {
  id: 'organisation',
  questions: [
    {
      id: 'owner',
      type: 'single',
      options: [
        { id: 'nobody', points: points(0) },
        { id: 'part_time', points: points(1) },
        { id: 'team', points: points(2) },
        { id: 'hub_with_sponsor', points: points(3) },
      ],
    },
    {
      id: 'social_policy',
      type: 'single',
      options: [
        { id: 'none', points: points(0) },
        { id: 'informal', points: points(1) },
        { id: 'written', points: points(2) },
        { id: 'written_with_training', points: points(3) },
      ],
    },
    {
      id: 'sales_alignment',
      type: 'single',
      options: [
        { id: 'none', points: points(0) },
        { id: 'occasional', points: points(1) },
        { id: 'shared_goals', points: points(2) },
        { id: 'shared_dashboard', points: points(3) },
      ],
    },
  ],
};
