import { B2B, B2C, NEUTRAL } from '../axes';
import type { SectionSpec } from '../structure.types';

const points = (n: number) => ({ goals: n });

/** D2 Goals & sales cycle (seed 1, differences 3 and 5; takeaway "play the long game"). */
export const goalsSection: SectionSpec = {
  id: 'goals',
  questions: [
    {
      id: 'main_goal',
      type: 'single',
      options: [
        { id: 'authority_relationships', points: points(3), axes: B2B },
        { id: 'qualified_pipeline', points: points(2), axes: B2B },
        { id: 'reach_and_sales', points: points(1), axes: B2C },
        { id: 'no_set_goal', points: points(0) },
      ],
    },
    {
      id: 'sales_cycle',
      type: 'single',
      options: [
        { id: 'long', axes: B2B },
        { id: 'medium', axes: NEUTRAL },
        { id: 'short', axes: B2C },
      ],
    },
    {
      id: 'results_horizon',
      type: 'single',
      options: [
        { id: 'under_month', points: points(0) },
        { id: 'quarter', points: points(1) },
        { id: 'half_year_plus', points: points(2) },
        { id: 'multi_year', points: points(3) },
      ],
    },
    {
      // Binet & Field put the B2B optimum near 46% brand; well above it starves activation, so points fall again.
      id: 'brand_share',
      type: 'number',
      unit: 'percent',
      min: 0,
      max: 100,
      bands: [
        { atLeast: 0, points: points(0) },
        { atLeast: 15, points: points(1) },
        { atLeast: 30, points: points(2) },
        { atLeast: 40, points: points(3) },
        { atLeast: 61, points: points(2) },
        { atLeast: 81, points: points(1) },
      ],
    },
  ],
};
