import { B2B, B2C, NEUTRAL } from '../axes';
import { byMarket } from '../market';
import type { SectionSpec } from '../structure.types';

const platforms = (b2b: number, b2c?: number, both?: number) => byMarket('platforms', b2b, b2c, both);

/** D3 Platforms & presence (seed 1, difference 4 and takeaway "use professional platforms"; seed 2, groups). */
export const platformsSection: SectionSpec = {
  id: 'platforms',
  questions: [
    {
      // Where a company is says which way it leans, not how mature it is: the effort question below
      // scores the fit. Facebook, YouTube and the messaging apps serve both markets.
      id: 'platforms_used',
      type: 'multi',
      options: [
        { id: 'linkedin', axes: B2B },
        { id: 'instagram', axes: B2C },
        { id: 'facebook', axes: NEUTRAL },
        { id: 'x', axes: B2B },
        { id: 'tiktok', axes: B2C },
        { id: 'youtube', axes: NEUTRAL },
        { id: 'whatsapp', axes: NEUTRAL },
        { id: 'line', axes: NEUTRAL },
        { id: 'industry_communities', axes: B2B },
      ],
    },
    {
      // Seed 1: the right platform is the one where your audience is; a seller to both markets does
      // best to give each its own.
      id: 'main_platform_effort',
      type: 'single',
      options: [
        { id: 'visual_platforms', ...platforms(0, 3, 2), axes: B2C },
        { id: 'professional_networks', ...platforms(3, 0, 2), axes: B2B },
        { id: 'split_by_audience', ...platforms(1, 1, 3), axes: NEUTRAL },
        { id: 'industry_communities', ...platforms(3, 1, 2), axes: B2B },
        { id: 'spread_evenly', ...platforms(1), axes: NEUTRAL },
      ],
    },
    {
      id: 'profile_presence',
      type: 'single',
      options: [
        { id: 'executives', ...platforms(2) },
        { id: 'company_page', ...platforms(1, 2) },
        { id: 'customer_facing_staff', ...platforms(3) },
        { id: 'none', ...platforms(0) },
      ],
    },
    {
      // Seed 2: hosting a group is the remedy where an industry is not yet active online; where it is,
      // contributing regularly is as good.
      id: 'group_participation',
      type: 'single',
      options: [
        { id: 'member', ...platforms(1) },
        { id: 'host', ...platforms(3) },
        { id: 'contributor', ...platforms(3) },
        { id: 'none', ...platforms(0) },
      ],
    },
  ],
};
