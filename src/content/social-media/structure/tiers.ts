import type { TierSpec } from './structure.types';

/**
 * Five tiers of the overall index, after the Altimeter and Forrester stages. The index measures
 * maturity against the practice that fits the respondent's market, so the tier texts speak to
 * business and consumer sellers alike.
 */
export const tiers: TierSpec[] = [
  { id: 'dormant', min: 0, max: 20 },
  { id: 'presence', min: 20, max: 40 },
  { id: 'engaged', min: 40, max: 60 },
  { id: 'formalized', min: 60, max: 80 },
  { id: 'network', min: 80, max: 100 },
];
