import { B2B, B2C, NEUTRAL } from '../axes';
import { byMarket } from '../market';
import type { SectionSpec } from '../structure.types';

const proof = (b2b: number, b2c?: number, both?: number) => byMarket('proof', b2b, b2c, both);

/**
 * D5 Social proof (seed 1, B2B takeaway "show social proof"). For consumer sellers, proof takes the
 * relatable, mass-appeal form of seed 1's B2C side: reviews, ratings and people who use the product.
 */
export const proofSection: SectionSpec = {
  id: 'proof',
  questions: [
    {
      id: 'proof_types',
      type: 'multi',
      options: [
        { id: 'client_results', ...proof(1) },
        { id: 'reviews_ratings', ...proof(1) },
        { id: 'testimonials', ...proof(1) },
        { id: 'creators', ...proof(0, 1) },
        { id: 'use_cases', ...proof(1, 0) },
        { id: 'analyst_media', ...proof(1) },
        { id: 'none', ...proof(0) },
      ],
    },
    {
      id: 'proof_style',
      type: 'single',
      options: [
        { id: 'influencers_ratings', ...proof(1, 3), axes: B2C },
        { id: 'business_results', ...proof(3, 2), axes: B2B },
        { id: 'awards_logos', ...proof(1), axes: NEUTRAL },
        { id: 'no_proof', ...proof(0) },
      ],
    },
    {
      // Monthly proof already keeps it in view; weekly is no better.
      id: 'proof_frequency',
      type: 'single',
      options: [
        { id: 'weekly', ...proof(3) },
        { id: 'monthly', ...proof(3) },
        { id: 'quarterly', ...proof(1) },
        { id: 'never', ...proof(0) },
      ],
    },
  ],
};
