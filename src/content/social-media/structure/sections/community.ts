import { B2B, B2C } from '../axes';
import type { SectionSpec } from '../structure.types';

const points = (n: number) => ({ community: n });

/** D7 Community & information sharing (seed 2, practices 2 and 3). */
export const communitySection: SectionSpec = {
  id: 'community',
  questions: [
    {
      id: 'shares_others',
      type: 'single',
      options: [
        { id: 'never', points: points(0) },
        { id: 'under_10', points: points(1) },
        { id: 'from_10_to_30', points: points(2) },
        { id: 'over_30', points: points(3) },
      ],
    },
    { id: 'help_without_ask', type: 'likert', points: points(3) },
    {
      id: 'community_purpose',
      type: 'single',
      options: [
        { id: 'peer_exchange', points: points(3), axes: B2B },
        { id: 'fans_contests', points: points(1), axes: B2C },
        { id: 'no_community', points: points(0) },
      ],
    },
  ],
};
