import type { SectionSpec } from '../structure.types';

const points = (n: number) => ({ network: n });

/** D6 Network & employee advocacy (seed 2, practice 1 and the industry rings). */
export const networkSection: SectionSpec = {
  id: 'network',
  questions: [
    {
      id: 'who_connects',
      type: 'single',
      options: [
        { id: 'nobody', points: points(0) },
        { id: 'marketing', points: points(1) },
        { id: 'marketing_sales', points: points(2) },
        { id: 'whole_company', points: points(3) },
      ],
    },
    {
      id: 'advocacy',
      type: 'single',
      options: [
        { id: 'none', points: points(0) },
        { id: 'ad_hoc', points: points(1) },
        { id: 'guidelines', points: points(2) },
        { id: 'programme', points: points(3) },
      ],
    },
    {
      id: 'customer_connections',
      type: 'single',
      options: [
        { id: 'none', points: points(0) },
        { id: 'follow_page', points: points(1) },
        { id: 'account_teams', points: points(2) },
        { id: 'customer_community', points: points(3) },
      ],
    },
    {
      id: 'outer_ring',
      type: 'multi',
      options: [
        { id: 'current_partners', points: points(1) },
        { id: 'potential_partners', points: points(1) },
        { id: 'advisers_analysts', points: points(1) },
        { id: 'media', points: points(1) },
        { id: 'institutions', points: points(1) },
        { id: 'competitor_communities', points: points(1) },
        { id: 'none', points: points(0) },
      ],
    },
  ],
};
