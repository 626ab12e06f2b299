import { byMarket } from '../market';
import type { SectionSpec } from '../structure.types';

const network = (b2b: number, b2c?: number, both?: number) => byMarket('network', b2b, b2c, both);

/**
 * D6 Network & employee advocacy (seed 2, practice 1 and the industry rings). Seed 2 is written for
 * B2B; for consumer sellers the brand's own account carries more of the load, and the rings that
 * matter are partners, media and opinion leaders rather than analysts and institutions.
 */
export const networkSection: SectionSpec = {
  id: 'network',
  questions: [
    {
      id: 'who_connects',
      type: 'single',
      options: [
        { id: 'marketing', ...network(1, 2) },
        { id: 'whole_company', ...network(3) },
        { id: 'marketing_sales', ...network(2, 3) },
        { id: 'nobody', ...network(0) },
      ],
    },
    {
      id: 'advocacy',
      type: 'single',
      options: [
        { id: 'guidelines', ...network(2) },
        { id: 'none', ...network(0) },
        { id: 'programme', ...network(3) },
        { id: 'ad_hoc', ...network(1) },
      ],
    },
    {
      id: 'customer_connections',
      type: 'single',
      options: [
        { id: 'follow_page', ...network(1, 2) },
        { id: 'customer_community', ...network(3) },
        { id: 'none', ...network(0) },
        { id: 'account_teams', ...network(2) },
      ],
    },
    {
      // Seed 2's outer ring, with its "influential people" and "industry opinion leaders" named.
      id: 'outer_ring',
      type: 'multi',
      options: [
        { id: 'current_partners', ...network(1) },
        { id: 'potential_partners', ...network(1) },
        { id: 'opinion_leaders', ...network(1) },
        { id: 'advisers_analysts', ...network(1, 0) },
        { id: 'media', ...network(1) },
        { id: 'institutions', ...network(1, 0) },
        { id: 'competitor_communities', ...network(1, 0) },
        { id: 'none', ...network(0) },
      ],
    },
  ],
};
