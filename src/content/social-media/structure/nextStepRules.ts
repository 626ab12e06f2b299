import type { RuleSpec } from './structure.types';

/*
 * What would move a dimension that is in good shape (60 to under 80) up. Each shares its dimension's
 * group, so it is shown only where no more specific advice fired. Such a dimension can add 2 to 4
 * index points, so these rank as medium, after the gaps; from 80 up the gain is too small to be worth
 * a respondent's attention, so a mature company hears a few next steps, not one per dimension.
 */
const nextStep = (dimension: string, group: string = dimension): RuleSpec => ({
  id: `next_step_${dimension}`,
  priority: 'low',
  group,
  improves: [dimension],
  when: { dimension, gte: 60, lt: 80 },
});

/** One next step per dimension, for companies that have the basics. */
export const nextStepRules: RuleSpec[] = [
  nextStep('audience'),
  nextStep('goals'),
  nextStep('platforms'),
  nextStep('content'),
  nextStep('proof'),
  nextStep('network'),
  nextStep('community'),
  // Seed 2 turns customers into advocates by the same give and take as referrals.
  nextStep('relationships', 'reciprocity'),
  nextStep('measurement'),
  nextStep('organisation'),
];
