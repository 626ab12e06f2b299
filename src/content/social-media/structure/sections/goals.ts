import { B2B, B2C, NEUTRAL } from '../axes';
import { byMarket } from '../market';
import type { SectionSpec } from '../structure.types';

const goals = (b2b: number, b2c?: number, both?: number) => byMarket('goals', b2b, b2c, both);

/** D2 Goals & sales cycle (seed 1, differences 3 and 5; B2B takeaway "play the long game", B2C quick conversion). */
export const goalsSection: SectionSpec = {
  id: 'goals',
  questions: [
    {
      id: 'main_goal',
      type: 'single',
      options: [
        { id: 'qualified_pipeline', ...goals(2, 1), axes: B2B },
        { id: 'reach_and_sales', ...goals(1, 3), axes: B2C },
        { id: 'authority_relationships', ...goals(3, 1), axes: B2B },
        { id: 'no_set_goal', ...goals(0) },
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
      // Seed 1: B2B plays the long game; B2C aims at quick engagement and direct conversion, so a
      // consumer seller judging over weeks to months is right, and six months or more is not wrong.
      id: 'results_horizon',
      type: 'single',
      options: [
        { id: 'half_year_plus', ...goals(3, 2) },
        { id: 'under_month', ...goals(0, 2) },
        { id: 'multi_year', ...goals(3, 2) },
        { id: 'quarter', ...goals(1, 3) },
        { id: 'not_judged', ...goals(0) },
      ],
    },
    {
      // Binet & Field put the B2B optimum near 46% brand; well above it starves activation, so points
      // fall again. Consumer sellers need both mass appeal and direct sales (seed 1), so 61–80% still
      // earns full marks for them.
      id: 'brand_share',
      type: 'number',
      unit: 'percent',
      min: 0,
      max: 100,
      bands: [
        { atLeast: 0, ...goals(0) },
        { atLeast: 15, ...goals(1) },
        { atLeast: 30, ...goals(2) },
        { atLeast: 40, ...goals(3) },
        { atLeast: 61, ...goals(2, 3) },
        { atLeast: 81, ...goals(1) },
      ],
    },
  ],
};
