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

/** A rule's priority in a profile: advice that names what it improves earns it from what it could win, not from its author. */
function priorityOf(rule: Rule, impact: number): Rule['priority'] {
  return rule.improves && rule.improves.length > 0 ? priorityFromImpact(impact) : rule.priority;
}

/** Ranks fired rules: high priority first, then by impact, then in definition order; one per `group`. */
function rankFired<T extends { priority: Rule['priority']; impact: number }>(fired: { item: T; group: string | undefined }[]): T[] {
  // Array.prototype.sort is stable, so equal priority and impact keep definition order.
  fired.sort((a, b) => PRIORITY_ORDER[a.item.priority] - PRIORITY_ORDER[b.item.priority] || b.item.impact - a.item.impact);
  let groups: Set<string> | undefined;
  const ranked: T[] = [];
  for (const { item, group } of fired) {
    if (group !== undefined) {
      if (groups?.has(group)) continue;
      (groups ??= new Set()).add(group);
    }
    ranked.push(item);
  }
  return ranked;
}

/** `getRecommendations` with each rule's condition compiled already (`conditions[i]` for `rules[i]`). */
export function fireRules(
  rules: readonly Rule[],
  conditions: readonly CompiledCondition[],
  context: ConditionContext,
  impactOf: ImpactOf = NO_IMPACT,
): Recommendation[] {
  const fired: { item: Recommendation; group: string | undefined }[] = [];
  for (let index = 0; index < rules.length; index += 1) {
    const rule = rules[index]!;
    const condition = conditions[index]!;
    if (!condition.holds(context)) continue;
    const reasons: Recommendation['reasons'] = [];
    condition.explain(context, reasons);
    const impact = impactOf(rule);
    const recommendation: Recommendation = { id: rule.id, priority: priorityOf(rule, impact), title: rule.title, body: rule.body, reasons, impact };
    if (rule.source !== undefined) recommendation.source = rule.source;
    if (rule.links !== undefined) recommendation.links = rule.links;
    fired.push({ item: recommendation, group: rule.group });
  }
  return rankFired(fired);
}

/**
 * The ids of the rules `fireRules` would fire, in the same order, without their reasons or texts:
 * what batch scoring records. Explaining a rule costs more than testing it.
 */
export function firedRuleIds(
  rules: readonly Rule[],
  conditions: readonly CompiledCondition[],
  context: ConditionContext,
  impactOf: ImpactOf = NO_IMPACT,
): string[] {
  const fired: { item: { id: string; priority: Rule['priority']; impact: number }; group: string | undefined }[] = [];
  for (let index = 0; index < rules.length; index += 1) {
    const rule = rules[index]!;
    if (!conditions[index]!.holds(context)) continue;
    const impact = impactOf(rule);
    fired.push({ item: { id: rule.id, priority: priorityOf(rule, impact), impact }, group: rule.group });
  }
  return rankFired(fired).map((item) => item.id);
}
