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

/**
 * Evaluates a condition; when it holds, `reasons` lists the leaf tests that made it hold (for `not`,
 * the negated tests), so whatever fired can say why.
 * @example evaluateCondition({ question: 'market', equals: 'b2b' }, { answers }).holds
 */
export function evaluateCondition(condition: Condition, context: ConditionContext): { holds: boolean; reasons: RuleReason[] } {
  if ('all' in condition) {
    const reasons: RuleReason[] = [];
    for (const inner of condition.all) {
      const result = evaluateCondition(inner, context);
      if (!result.holds) return { holds: false, reasons: [] };
      reasons.push(...result.reasons);
    }
    return { holds: true, reasons };
  }
  if ('any' in condition) {
    const reasons: RuleReason[] = [];
    for (const inner of condition.any) {
      const result = evaluateCondition(inner, context);
      if (result.holds) reasons.push(...result.reasons);
    }
    return { holds: reasons.length > 0, reasons };
  }
  if ('not' in condition) {
    const inner = evaluateCondition(condition.not, context);
    if (inner.holds) return { holds: false, reasons: [] };
    return { holds: true, reasons: notReasons(condition.not, context) };
  }
  if ('question' in condition) {
    const value = context.answers[condition.question];
    const holds = testAnswer(value, condition);
    return { holds, reasons: holds ? [{ kind: 'answer', questionId: condition.question, value: value ?? null, test: describeTest(condition, 'question') }] : [] };
  }
  if ('dimension' in condition) {
    const score = context.dimensions?.get(condition.dimension) ?? null;
    const holds = compare(score, condition);
    return { holds, reasons: holds ? [{ kind: 'dimension', dimensionId: condition.dimension, score, test: describeTest(condition, 'dimension') }] : [] };
  }
  if ('axis' in condition) {
    const position = context.axes?.get(condition.axis) ?? null;
    const holds = compare(position, condition);
    return { holds, reasons: holds ? [{ kind: 'axis', axisId: condition.axis, position, test: describeTest(condition, 'axis') }] : [] };
  }
  if ('kpi' in condition) {
    const kpi = context.kpis?.get(condition.kpi);
    const band = kpi?.status === 'ok' ? (kpi.band ?? 'unavailable') : 'unavailable';
    const value = kpi?.value ?? null;
    const bandHolds = condition.band === undefined || condition.band === band;
    const hasComparison = condition.gt !== undefined || condition.gte !== undefined || condition.lt !== undefined || condition.lte !== undefined;
    const holds = bandHolds && (!hasComparison || compare(value, condition));
    return { holds, reasons: holds ? [{ kind: 'kpi', kpiId: condition.kpi, value, band, test: describeTest(condition, 'kpi') }] : [] };
  }
  const holds = context.fit === condition.fit;
  return { holds, reasons: holds && context.fit ? [{ kind: 'fit', status: context.fit, test: `fit ${condition.fit}` }] : [] };
}

/** The reasons a negated condition holds: its leaves, each marked as negated. */
function notReasons(condition: Condition, context: ConditionContext): RuleReason[] {
  if ('all' in condition || 'any' in condition) {
    const inner = 'all' in condition ? condition.all : condition.any;
    return inner.flatMap((item) => notReasons(item, context));
  }
  if ('not' in condition) return evaluateCondition(condition.not, context).reasons;
  const probe = evaluateCondition(condition, context);
  if (probe.holds) return [];
  if ('question' in condition)
    return [{ kind: 'answer', questionId: condition.question, value: context.answers[condition.question] ?? null, test: `not ${describeTest(condition, 'question')}` }];
  if ('dimension' in condition)
    return [{ kind: 'dimension', dimensionId: condition.dimension, score: context.dimensions?.get(condition.dimension) ?? null, test: `not ${describeTest(condition, 'dimension')}` }];
  if ('axis' in condition)
    return [{ kind: 'axis', axisId: condition.axis, position: context.axes?.get(condition.axis) ?? null, test: `not ${describeTest(condition, 'axis')}` }];
  if ('kpi' in condition) {
    const kpi = context.kpis?.get(condition.kpi);
    return [{ kind: 'kpi', kpiId: condition.kpi, value: kpi?.value ?? null, band: kpi?.band ?? 'unavailable', test: `not ${describeTest(condition, 'kpi')}` }];
  }
  return context.fit ? [{ kind: 'fit', status: context.fit, test: `not fit ${condition.fit}` }] : [];
}
