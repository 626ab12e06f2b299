import type { Rule } from '../questionnaire/questionnaire.types';
import type { DimensionScore } from '../scoring/scoring.types';

/**
 * How many index points a rule's advice could win: what each dimension it improves would add to the
 * weighted index at full marks. A dimension without a score adds nothing, since nothing says how far it is.
 */
export function impactOfRule(dimensions: readonly DimensionScore[]): (rule: Rule) => number {
  let totalWeight = 0;
  for (const dimension of dimensions) totalWeight += dimension.weight;
  return (rule) => {
    if (!rule.improves || totalWeight === 0) return 0;
    let impact = 0;
    for (const id of new Set(rule.improves)) {
      const dimension = dimensions.find((candidate) => candidate.id === id);
      if (dimension?.score != null) impact += ((100 - dimension.score) * dimension.weight) / totalWeight;
    }
    return Math.round(impact * 10) / 10;
  };
}
