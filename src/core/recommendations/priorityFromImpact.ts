import type { Rule } from '../questionnaire/questionnaire.types';

/** Index points from which advice is high priority: about half of what one of ten dimensions can add. */
export const HIGH_IMPACT = 5;
/** Index points from which advice is medium priority. */
export const MEDIUM_IMPACT = 2;

/** The priority advice earns from the index points it could win. */
export function priorityFromImpact(impact: number): Rule['priority'] {
  if (impact >= HIGH_IMPACT) return 'high';
  return impact >= MEDIUM_IMPACT ? 'medium' : 'low';
}
