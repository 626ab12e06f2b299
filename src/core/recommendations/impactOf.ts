import type { Rule } from '../questionnaire/questionnaire.types';
import type { DimensionScore } from '../scoring/scoring.types';

/**
 * How many index points a rule's advice could win: what each dimension it improves would add to the
 * weighted index at full marks. A dimension without a score adds nothing, since nothing says how far it is.
 */
export function impactOfRule(dimensions: readonly Pick<DimensionScore, 'id' | 'score' | 'weight'>[]): (rule: Rule) => number {
  let totalWeight = 0;
  for (const dimension of dimensions) totalWeight += dimension.weight;
  return (rule) => {
    const { improves } = rule;
    if (!improves || totalWeight === 0) return 0;
    let impact = 0;
    for (let index = 0; index < improves.length; index += 1) {
      const id = improves[index]!;
      // A dimension named twice counts once; checked in place, as this runs for every fired rule.
      if (improves.indexOf(id) !== index) continue;
      const dimension = dimensions.find((candidate) => candidate.id === id);
      if (dimension?.score != null) impact += ((100 - dimension.score) * dimension.weight) / totalWeight;
    }
    return Math.round(impact * 10) / 10;
  };
}
