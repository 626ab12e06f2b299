import { B2B, B2C, NEUTRAL } from '../axes';
import type { SectionSpec } from '../structure.types';

const points = (n: number) => ({ proof: n });

/** D5 Social proof (seed 1, takeaway "show social proof"). */
export const proofSection: SectionSpec = {
  id: 'proof',
  questions: [
    {
      id: 'proof_types',
      type: 'multi',
      options: [
        { id: 'client_results', points: points(1) },
        { id: 'testimonials', points: points(1) },
        { id: 'use_cases', points: points(1) },
        { id: 'analyst_media', points: points(1) },
        { id: 'none', points: points(0) },
      ],
    },
    {
      id: 'proof_style',
      type: 'single',
      options: [
        { id: 'business_results', points: points(3), axes: B2B },
        { id: 'awards_logos', points: points(1), axes: NEUTRAL },
        { id: 'influencers_ratings', points: points(1), axes: B2C },
        { id: 'no_proof', points: points(0) },
      ],
    },
    {
      id: 'proof_frequency',
      type: 'single',
      options: [
        { id: 'never', points: points(0) },
        { id: 'quarterly', points: points(1) },
        { id: 'monthly', points: points(2) },
        { id: 'weekly', points: points(3) },
      ],
    },
  ],
};
