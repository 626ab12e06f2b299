import { B2B, B2C } from '../axes';
import { byMarket } from '../market';
import type { SectionSpec } from '../structure.types';

const community = (b2b: number, b2c?: number, both?: number) => byMarket('community', b2b, b2c, both);

/** D7 Community & information sharing (seed 2, practices 2 and 3; seed 1, quick engagement for B2C). */
export const communitySection: SectionSpec = {
  id: 'community',
  questions: [
    {
      id: 'shares_others',
      type: 'single',
      options: [
        { id: 'over_30', ...community(3) },
        { id: 'from_10_to_30', ...community(2) },
        { id: 'under_10', ...community(1) },
        { id: 'never', ...community(0) },
      ],
    },
    { id: 'help_without_ask', type: 'likert', points: { community: 3 } },
    {
      // Seed 2 sets gamification against real conversation for B2B; for a consumer brand, fans and
      // contests are the quick engagement seed 1 asks of it.
      id: 'community_purpose',
      type: 'single',
      options: [
        { id: 'fans_contests', ...community(1, 3), axes: B2C },
        { id: 'peer_exchange', ...community(3, 2), axes: B2B },
        { id: 'no_community', ...community(0) },
      ],
    },
    {
      // Seed 2: the network speeds up how often and how fast people interact; seed 1: consumers
      // expect quick engagement, so a reply days later counts for less with them.
      id: 'reply_speed',
      type: 'single',
      options: [
        { id: 'same_day', ...community(3) },
        { id: 'within_days', ...community(2, 1) },
        { id: 'within_week', ...community(1, 0) },
        { id: 'rarely', ...community(0) },
      ],
    },
  ],
};
