import type { Answers, AnswerValue } from '../answers/answers.types';
import { isAnswered } from '../answers/isAnswered';
import type { Condition } from '../questionnaire/questionnaire.types';
import type { FitStatus, KpiResult, RuleReason } from '../scoring/scoring.types';

/** What a condition can look at. Answers must already be limited to visible, valid ones. */
export interface ConditionContext {
  answers: Answers;
  dimensions?: ReadonlyMap<string, number | null>;
  axes?: ReadonlyMap<string, number | null>;
  kpis?: ReadonlyMap<string, KpiResult>;
  fit?: FitStatus;
}

type Comparisons = { gt?: number; gte?: number; lt?: number; lte?: number };

/** Applies every comparison given; a missing value passes none. */
function compare(value: number | null | undefined, test: Comparisons): boolean {
  if (value === null || value === undefined) return false;
  if (test.gt !== undefined && !(value > test.gt)) return false;
  if (test.gte !== undefined && !(value >= test.gte)) return false;
  if (test.lt !== undefined && !(value < test.lt)) return false;
  if (test.lte !== undefined && !(value <= test.lte)) return false;
  return test.gt !== undefined || test.gte !== undefined || test.lt !== undefined || test.lte !== undefined;
}

function describeTest(test: Record<string, unknown>, skip: string): string {
  return Object.entries(test)
    .filter(([key, value]) => key !== skip && value !== undefined)
    .map(([key, value]) => `${key} ${JSON.stringify(value)}`)
    .join(', ');
}

function testAnswer(value: AnswerValue | undefined, leaf: Extract<Condition, { question: string }>): boolean {
  const answered = isAnswered(value);
  if (leaf.answered !== undefined && leaf.answered !== answered) return false;
  if (!answered) return leaf.answered === false;
  const list: readonly unknown[] = Array.isArray(value) ? value : [value];
  if (leaf.equals !== undefined && !(Array.isArray(value) ? false : value === leaf.equals)) return false;
  if (leaf.in !== undefined && !list.some((item) => (leaf.in as unknown[]).includes(item as string | number))) return false;
  if (leaf.includes !== undefined && !list.includes(leaf.includes)) return false;
  const hasComparison = leaf.gt !== undefined || leaf.gte !== undefined || leaf.lt !== undefined || leaf.lte !== undefined;
  if (hasComparison && !compare(typeof value === 'number' ? value : null, leaf)) return false;
  return true;
}

type Leaf = Exclude<Condition, { all: unknown } | { any: unknown } | { not: unknown }>;

/** Tests one leaf, and describes what it looked at whether or not it held. */
function evaluateLeaf(leaf: Leaf, context: ConditionContext): { holds: boolean; reason: RuleReason } {
  if ('question' in leaf) {
    const value = context.answers[leaf.question];
    return { holds: testAnswer(value, leaf), reason: { kind: 'answer', questionId: leaf.question, value: value ?? null, test: describeTest(leaf, 'question') } };
  }
  if ('dimension' in leaf) {
    const score = context.dimensions?.get(leaf.dimension) ?? null;
    return { holds: compare(score, leaf), reason: { kind: 'dimension', dimensionId: leaf.dimension, score, test: describeTest(leaf, 'dimension') } };
  }
  if ('axis' in leaf) {
    const position = context.axes?.get(leaf.axis) ?? null;
    return { holds: compare(position, leaf), reason: { kind: 'axis', axisId: leaf.axis, position, test: describeTest(leaf, 'axis') } };
  }
  if ('kpi' in leaf) {
    const kpi = context.kpis?.get(leaf.kpi);
    const band = kpi?.status === 'ok' ? (kpi.band ?? 'unavailable') : 'unavailable';
    const value = kpi?.value ?? null;
    const hasComparison = leaf.gt !== undefined || leaf.gte !== undefined || leaf.lt !== undefined || leaf.lte !== undefined;
    const holds = (leaf.band === undefined || leaf.band === band) && (!hasComparison || compare(value, leaf));
    return { holds, reason: { kind: 'kpi', kpiId: leaf.kpi, value, band, test: describeTest(leaf, 'kpi') } };
  }
  const status = context.fit ?? 'unknown';
  return { holds: status === leaf.fit, reason: { kind: 'fit', status, test: `fit ${leaf.fit}` } };
}

/**
 * Evaluates a condition. `reasons` explains the outcome: the leaf tests that decided it, a failed
 * test written "not …", so a rule that fires (even through `not`) can say why.
 * @example evaluateCondition({ question: 'market', equals: 'b2b' }, { answers }).holds
 */
export function evaluateCondition(condition: Condition, context: ConditionContext): { holds: boolean; reasons: RuleReason[] } {
  if ('not' in condition) {
    const inner = evaluateCondition(condition.not, context);
    return { holds: !inner.holds, reasons: inner.reasons };
  }
  if ('all' in condition || 'any' in condition) {
    const isAll = 'all' in condition;
    const results = (isAll ? condition.all : condition.any).map((inner) => evaluateCondition(inner, context));
    const holds = isAll ? results.every((r) => r.holds) : results.some((r) => r.holds);
    // The parts that agree with the outcome explain it: all held parts, or every failed part.
    return { holds, reasons: results.filter((r) => r.holds === holds).flatMap((r) => r.reasons) };
  }
  const { holds, reason } = evaluateLeaf(condition, context);
  return { holds, reasons: [holds ? reason : { ...reason, test: `not ${reason.test}` }] };
}
