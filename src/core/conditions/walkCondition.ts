import type { Condition } from '../questionnaire/questionnaire.types';

/** A single test of a condition tree: on an answer, a score, an axis, a KPI or the fit. */
export type LeafCondition = Exclude<Condition, { all: unknown } | { any: unknown } | { not: unknown }>;

/** A leaf of a condition tree, with its path below the condition's own path. */
export interface ConditionLeaf {
  leaf: LeafCondition;
  segments: (string | number)[];
}

/** Lists the leaf tests of a condition tree, depth first, with their paths. */
export function collectConditionLeaves(condition: Condition, segments: (string | number)[] = []): ConditionLeaf[] {
  if ('all' in condition) return condition.all.flatMap((inner, index) => collectConditionLeaves(inner, [...segments, 'all', index]));
  if ('any' in condition) return condition.any.flatMap((inner, index) => collectConditionLeaves(inner, [...segments, 'any', index]));
  if ('not' in condition) return collectConditionLeaves(condition.not, [...segments, 'not']);
  return [{ leaf: condition, segments }];
}
