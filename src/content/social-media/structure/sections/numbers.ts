import type { QuestionSpec, SectionSpec } from '../structure.types';

const shown = { question: 'share_numbers', equals: 'yes' } as const;

const figure = (id: string, unit: 'count' | 'currency' | 'people' = 'count'): QuestionSpec => ({
  id,
  type: 'number',
  unit,
  min: 0,
  integer: true,
  visibleIf: shown,
});

/** Optional KPI inputs, asked only of respondents who choose to share their figures. */
export const numbersSection: SectionSpec = {
  id: 'numbers',
  questions: [
    { id: 'share_numbers', type: 'single', options: [{ id: 'yes' }, { id: 'no' }] },
    figure('impressions'),
    figure('engagements'),
    figure('clicks'),
    figure('ad_spend', 'currency'),
    figure('leads'),
    figure('downloads'),
    figure('mqls'),
    figure('sqls'),
    figure('opportunities'),
    figure('own_mentions'),
    figure('competitor_mentions'),
    figure('employees', 'people'),
    figure('active_advocates', 'people'),
    figure('employee_share_impressions'),
    figure('signups_enquiries'),
  ],
};
