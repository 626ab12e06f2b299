import { compileCondition, type CompiledCondition } from '../conditions/compileCondition';
import type { ConditionContext } from '../conditions/conditionContext';
import type { Rule } from '../questionnaire/questionnaire.types';
import type { Recommendation } from '../scoring/scoring.types';

const PRIORITY_ORDER: Record<Rule['priority'], number> = { high: 0, medium: 1, low: 2 };

/**
 * Fires the rules whose condition holds, high priority first, then in definition order, each with
 * the tests that made it fire.
 */
export function getRecommendations(rules: readonly Rule[], context: ConditionContext): Recommendation[] {
  return fireRules(rules, rules.map((rule) => compileCondition(rule.when)), context);
}

/** `getRecommendations` with each rule's condition compiled already (`conditions[i]` for `rules[i]`). */
export function fireRules(rules: readonly Rule[], conditions: readonly CompiledCondition[], context: ConditionContext): Recommendation[] {
  const fired: Recommendation[] = [];
  for (let index = 0; index < rules.length; index += 1) {
    const rule = rules[index]!;
    const condition = conditions[index]!;
    if (!condition.holds(context)) continue;
    const reasons: Recommendation['reasons'] = [];
    condition.explain(context, reasons);
    const recommendation: Recommendation = { id: rule.id, priority: rule.priority, title: rule.title, body: rule.body, reasons };
    if (rule.source !== undefined) recommendation.source = rule.source;
    if (rule.links !== undefined) recommendation.links = rule.links;
    fired.push(recommendation);
  }
  // Array.prototype.sort is stable, so equal priorities keep definition order.
  return fired.sort((a, b) => PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority]);
}
