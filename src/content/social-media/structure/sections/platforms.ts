import { B2B, B2C, NEUTRAL } from '../axes';
import type { SectionSpec } from '../structure.types';

const points = (n: number) => ({ platforms: n });

/** D3 Platforms & presence (seed 1, difference 4 and takeaway "use professional platforms"; seed 2, groups). */
export const platformsSection: SectionSpec = {
  id: 'platforms',
  questions: [
    {
      id: 'platforms_used',
      type: 'multi',
      options: [
        { id: 'linkedin', points: points(1), axes: B2B },
        { id: 'x', points: points(1), axes: B2B },
        { id: 'industry_communities', points: points(1), axes: B2B },
        { id: 'youtube', axes: NEUTRAL },
        { id: 'instagram', axes: B2C },
        { id: 'tiktok', axes: B2C },
        { id: 'facebook', axes: B2C },
      ],
    },
    {
      id: 'main_platform_effort',
      type: 'single',
      options: [
        { id: 'professional_networks', points: points(3), axes: B2B },
        { id: 'industry_communities', points: points(3), axes: B2B },
        { id: 'spread_evenly', points: points(1), axes: NEUTRAL },
        { id: 'visual_platforms', points: points(0), axes: B2C },
      ],
    },
    {
      id: 'profile_presence',
      type: 'single',
      options: [
        { id: 'none', points: points(0) },
        { id: 'company_page', points: points(1) },
        { id: 'executives', points: points(2) },
        { id: 'customer_facing_staff', points: points(3) },
      ],
    },
    {
      id: 'group_participation',
      type: 'single',
      options: [
        { id: 'none', points: points(0) },
        { id: 'member', points: points(1) },
        { id: 'contributor', points: points(2) },
        { id: 'host', points: points(3) },
      ],
    },
  ],
};
