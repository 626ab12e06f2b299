import type { Answers, AnswerValue } from '../answers/answers.types';
import { isAnswered } from '../answers/isAnswered';
import type { Condition } from '../questionnaire/questionnaire.types';
import type { FitStatus, KpiBand, KpiResult, RuleReason } from '../scoring/scoring.types';

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
  const isList = Array.isArray(value);
  if (leaf.equals !== undefined && (isList || value !== leaf.equals)) return false;
  if (leaf.in !== undefined) {
    const allowed = leaf.in as readonly unknown[];
    if (isList ? !(value as readonly string[]).some((item) => allowed.includes(item)) : !allowed.includes(value)) return false;
  }
  if (leaf.includes !== undefined && !(isList && (value as readonly string[]).includes(leaf.includes))) return false;
  const hasComparison = leaf.gt !== undefined || leaf.gte !== undefined || leaf.lt !== undefined || leaf.lte !== undefined;
  return !hasComparison || compare(typeof value === 'number' ? value : null, leaf);
}

type Leaf = Exclude<Condition, { all: unknown } | { any: unknown } | { not: unknown }>;

function kpiBand(kpi: KpiResult | undefined): KpiBand | 'unavailable' {
  return kpi?.status === 'ok' ? (kpi.band ?? 'unavailable') : 'unavailable';
}

/** Tests one leaf, allocating nothing: this runs for every condition on every scoring. */
function leafHolds(leaf: Leaf, context: ConditionContext): boolean {
  if ('question' in leaf) return testAnswer(context.answers[leaf.question], leaf);
  if ('dimension' in leaf) return compare(context.dimensions?.get(leaf.dimension), leaf);
  if ('axis' in leaf) return compare(context.axes?.get(leaf.axis), leaf);
  if ('kpi' in leaf) {
    const kpi = context.kpis?.get(leaf.kpi);
    const hasComparison = leaf.gt !== undefined || leaf.gte !== undefined || leaf.lt !== undefined || leaf.lte !== undefined;
    return (leaf.band === undefined || leaf.band === kpiBand(kpi)) && (!hasComparison || compare(kpi?.value, leaf));
  }
  return (context.fit ?? 'unknown') === leaf.fit;
}

/**
 * True when a condition holds; short-circuits and allocates nothing.
 * @example conditionHolds({ question: 'market', in: ['b2b', 'both'] }, { answers }) // true
 */
export function conditionHolds(condition: Condition, context: ConditionContext): boolean {
  if ('not' in condition) return !conditionHolds(condition.not, context);
  if ('all' in condition) return condition.all.every((inner) => conditionHolds(inner, context));
  if ('any' in condition) return condition.any.some((inner) => conditionHolds(inner, context));
  return leafHolds(condition, context);
}

/** Describes what a leaf looked at, for a recommendation's "why". */
function reasonOf(leaf: Leaf, context: ConditionContext): RuleReason {
  if ('question' in leaf)
    return { kind: 'answer', questionId: leaf.question, value: context.answers[leaf.question] ?? null, test: describeTest(leaf, 'question') };
  if ('dimension' in leaf)
    return { kind: 'dimension', dimensionId: leaf.dimension, score: context.dimensions?.get(leaf.dimension) ?? null, test: describeTest(leaf, 'dimension') };
  if ('axis' in leaf)
    return { kind: 'axis', axisId: leaf.axis, position: context.axes?.get(leaf.axis) ?? null, test: describeTest(leaf, 'axis') };
  if ('kpi' in leaf) {
    const kpi = context.kpis?.get(leaf.kpi);
    return { kind: 'kpi', kpiId: leaf.kpi, value: kpi?.value ?? null, band: kpiBand(kpi), test: describeTest(leaf, 'kpi') };
  }
  return { kind: 'fit', status: context.fit ?? 'unknown', test: `fit ${leaf.fit}` };
}

/**
 * Evaluates a condition and explains the outcome: `reasons` lists the leaf tests that decided it,
 * a failed test written "not …", so a rule that fires (even through `not`) can say why.
 * @example evaluateCondition({ question: 'market', equals: 'b2b' }, { answers }).reasons
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
  const holds = leafHolds(condition, context);
  const reason = reasonOf(condition, context);
  return { holds, reasons: [holds ? reason : { ...reason, test: `not ${reason.test}` }] };
}
