import { byMarket } from '../market';
import type { SectionSpec } from '../structure.types';

const organisation = (points: number) => byMarket('organisation', points);

/** D10 Organisation & governance (Altimeter's "formalized" stage: owner, sponsor, policy, alignment). */
export const organisationSection: SectionSpec = {
  id: 'organisation',
  questions: [
    {
      // In a small firm the owner running social media gives it an owner with authority.
      id: 'owner',
      type: 'single',
      options: [
        { id: 'team', ...organisation(2) },
        { id: 'owner_founder', ...organisation(2) },
        { id: 'nobody', ...organisation(0) },
        { id: 'hub_with_sponsor', ...organisation(3) },
        { id: 'part_time', ...organisation(1) },
      ],
    },
    {
      id: 'social_policy',
      type: 'single',
      options: [
        { id: 'written', ...organisation(2) },
        { id: 'none', ...organisation(0) },
        { id: 'written_with_training', ...organisation(3) },
        { id: 'informal', ...organisation(1) },
      ],
    },
    {
      id: 'sales_alignment',
      type: 'single',
      options: [
        { id: 'shared_goals', ...organisation(2) },
        { id: 'none', ...organisation(0) },
        { id: 'shared_dashboard', ...organisation(3) },
        { id: 'occasional', ...organisation(1) },
      ],
    },
  ],
};
