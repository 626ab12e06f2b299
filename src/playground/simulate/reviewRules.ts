import type { Answers, Profile, Questionnaire, Recommendation, Rule, RuleReason } from '../../core';
import { splitValidAnswers, withoutBlankAnswers } from '../../core/answers/validateAnswers';
import { getVisibleAnswers } from '../../core/conditions/getVisibleAnswers';
import type { ConditionContext } from '../../core/conditions/conditionContext';
import { compileQuestionnaire } from '../../core/questionnaire/compileQuestionnaire';

/** A rule that gave no recommendation, and why. */
export interface UnfiredRule {
  rule: Rule;
  /**
   * The tests that decided it, as data: those that failed (negated), or, for a rule held back by its
   * group, those that held.
   */
  reasons: RuleReason[];
  /** Its condition holds, but this better-ranked rule of its group was given instead. */
  heldBackBy?: string;
}

/** Every rule of a questionnaire against one profile: those that fired and those that did not. */
export interface RuleReview {
  /** The profile's recommendations, ranked. */
  fired: Recommendation[];
  /** The other rules, in definition order. */
  unfired: UnfiredRule[];
}

/**
 * Which of a questionnaire's rules fire for some answers and why the others do not: each unfired
 * rule's condition is evaluated against the same context scoring used (visible, valid answers;
 * dimension scores, axes, KPIs and fit from the profile), so its failed tests can be put in words.
 * @example reviewRules(questionnaire, answers, scoreAnswers(questionnaire, answers)).unfired[0].reasons
 */
export function reviewRules(questionnaire: Questionnaire, answers: Answers, profile: Profile): RuleReview {
  const compiled = compileQuestionnaire(questionnaire);
  const { valid } = splitValidAnswers(compiled, answers);
  const visible = getVisibleAnswers(compiled, withoutBlankAnswers(valid));
  const context: ConditionContext = {
    answers: visible.answers,
    dimensions: new Map(profile.dimensions.map((dimension) => [dimension.id, dimension.score])),
    axes: new Map(profile.axes.map((axis) => [axis.id, axis.position])),
    kpis: new Map(profile.kpis.map((kpi) => [kpi.id, kpi])),
    fit: profile.fit.status,
  };
  const firedIds = new Set(profile.recommendations.map((recommendation) => recommendation.id));
  const rules = questionnaire.rules ?? [];
  const unfired: UnfiredRule[] = [];
  rules.forEach((rule, index) => {
    if (firedIds.has(rule.id)) return;
    const reasons: RuleReason[] = [];
    const holds = compiled.ruleConditions[index]!.explain(context, reasons);
    const winner = holds && rule.group !== undefined ? rules.find((other) => other.group === rule.group && firedIds.has(other.id)) : undefined;
    unfired.push(winner ? { rule, reasons, heldBackBy: winner.id } : { rule, reasons });
  });
  return { fired: profile.recommendations, unfired };
}
