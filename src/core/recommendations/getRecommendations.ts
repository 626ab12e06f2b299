import { compileCondition, type CompiledCondition } from '../conditions/compileCondition';
import type { ConditionContext } from '../conditions/conditionContext';
import type { Rule } from '../questionnaire/questionnaire.types';
import type { Recommendation } from '../scoring/scoring.types';
import { priorityFromImpact } from './priorityFromImpact';

const PRIORITY_ORDER: Record<Rule['priority'], number> = { high: 0, medium: 1, low: 2 };

/** Index points a rule's advice could win; 0 for a rule that names no dimension. */
export type ImpactOf = (rule: Rule) => number;

const NO_IMPACT: ImpactOf = () => 0;

/**
 * Fires the rules whose condition holds, each with the tests that made it fire, ranked: high
 * priority first, then by impact, then in definition order; one per `group`.
 */
export function getRecommendations(rules: readonly Rule[], context: ConditionContext, impactOf: ImpactOf = NO_IMPACT): Recommendation[] {
  return fireRules(rules, rules.map((rule) => compileCondition(rule.when)), context, impactOf);
}

/** `getRecommendations` with each rule's condition compiled already (`conditions[i]` for `rules[i]`). */
export function fireRules(
  rules: readonly Rule[],
  conditions: readonly CompiledCondition[],
  context: ConditionContext,
  impactOf: ImpactOf = NO_IMPACT,
): Recommendation[] {
  const fired: { recommendation: Recommendation; group: string | undefined }[] = [];
  for (let index = 0; index < rules.length; index += 1) {
    const rule = rules[index]!;
    const condition = conditions[index]!;
    if (!condition.holds(context)) continue;
    const reasons: Recommendation['reasons'] = [];
    condition.explain(context, reasons);
    const impact = impactOf(rule);
    // Advice that names what it improves earns its priority from what it could win, not from its author.
    const priority = rule.improves && rule.improves.length > 0 ? priorityFromImpact(impact) : rule.priority;
    const recommendation: Recommendation = { id: rule.id, priority, title: rule.title, body: rule.body, reasons, impact };
    if (rule.source !== undefined) recommendation.source = rule.source;
    if (rule.links !== undefined) recommendation.links = rule.links;
    fired.push({ recommendation, group: rule.group });
  }
  // Array.prototype.sort is stable, so equal priority and impact keep definition order.
  fired.sort(
    (a, b) =>
      PRIORITY_ORDER[a.recommendation.priority] - PRIORITY_ORDER[b.recommendation.priority] || b.recommendation.impact - a.recommendation.impact,
  );
  const groups = new Set<string>();
  const ranked: Recommendation[] = [];
  for (const { recommendation, group } of fired) {
    if (group !== undefined) {
      if (groups.has(group)) continue;
      groups.add(group);
    }
    ranked.push(recommendation);
  }
  return ranked;
}
