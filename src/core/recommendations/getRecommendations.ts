import { conditionHolds, evaluateCondition, type ConditionContext } from '../conditions/evaluateCondition';
import type { Rule } from '../questionnaire/questionnaire.types';
import type { Recommendation } from '../scoring/scoring.types';

const PRIORITY_ORDER: Record<Rule['priority'], number> = { high: 0, medium: 1, low: 2 };

/**
 * Fires the rules whose condition holds, high priority first, then in definition order, each with
 * the tests that made it fire.
 */
export function getRecommendations(rules: readonly Rule[], context: ConditionContext): Recommendation[] {
  const fired: Recommendation[] = [];
  for (const rule of rules) {
    if (!conditionHolds(rule.when, context)) continue;
    const { reasons } = evaluateCondition(rule.when, context);
    const recommendation: Recommendation = { id: rule.id, priority: rule.priority, title: rule.title, body: rule.body, reasons };
    if (rule.source !== undefined) recommendation.source = rule.source;
    if (rule.links !== undefined) recommendation.links = rule.links;
    fired.push(recommendation);
  }
  // Array.prototype.sort is stable, so equal priorities keep definition order.
  return fired.sort((a, b) => PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority]);
}
