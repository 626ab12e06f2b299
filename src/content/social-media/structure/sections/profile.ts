import type { SectionSpec } from '../structure.types';

/** Profile questions: unscored; `market` sets which pole the practice should lean to. */
export const profileSection: SectionSpec = {
  id: 'profile',
  questions: [
    {
      id: 'market',
      type: 'single',
      options: [{ id: 'b2b' }, { id: 'b2c' }, { id: 'both' }],
    },
    {
      id: 'deal_size',
      type: 'single',
      options: [{ id: 'under_1k' }, { id: 'from_1k' }, { id: 'from_10k' }, { id: 'over_100k' }],
    },
    {
      id: 'company_size',
      type: 'single',
      options: [{ id: 'micro' }, { id: 'small' }, { id: 'medium' }, { id: 'large' }, { id: 'enterprise' }],
    },
  ],
};
