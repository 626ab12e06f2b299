import type { Condition } from '../questionnaire/questionnaire.types';
import type { RuleReason } from '../scoring/scoring.types';
import { compileCondition } from './compileCondition';
import type { ConditionContext } from './conditionContext';

export type { ConditionContext } from './conditionContext';

/**
 * True when a condition holds. Compiled once per condition object, so repeated checks are cheap.
 * @example conditionHolds({ question: 'market', in: ['b2b', 'both'] }, { answers }) // true
 */
export function conditionHolds(condition: Condition, context: ConditionContext): boolean {
  return compileCondition(condition).holds(context);
}

/**
 * Evaluates a condition and explains the outcome: `reasons` lists the leaf tests that decided it,
 * a failed test written "not …", so a rule that fires (even through `not`) can say why.
 * @example evaluateCondition({ question: 'market', equals: 'b2b' }, { answers }).reasons
 */
export function evaluateCondition(condition: Condition, context: ConditionContext): { holds: boolean; reasons: RuleReason[] } {
  const reasons: RuleReason[] = [];
  const holds = compileCondition(condition).explain(context, reasons);
  return { holds, reasons };
}
