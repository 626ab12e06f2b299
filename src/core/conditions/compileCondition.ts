import type { AnswerValue } from '../answers/answers.types';
import { isAnswered } from '../answers/isAnswered';
import type { Condition } from '../questionnaire/questionnaire.types';
import type { FitStatus, KpiBand, KpiResult, ReasonComparison, RuleReason } from '../scoring/scoring.types';
import type { ConditionContext } from './conditionContext';
import type { LeafCondition } from './walkCondition';

/** A condition turned into a function of its context. */
export type ConditionPredicate = (context: ConditionContext) => boolean;

type Comparisons = { gt?: number; gte?: number; lt?: number; lte?: number };

/** A function applying every comparison given, or undefined when there are none. */
function compileComparisons(test: Comparisons): ((value: number | null | undefined) => boolean) | undefined {
  const { gt, gte, lt, lte } = test;
  if (gt === undefined && gte === undefined && lt === undefined && lte === undefined) return undefined;
  return (value) =>
    value !== null &&
    value !== undefined &&
    (gt === undefined || value > gt) &&
    (gte === undefined || value >= gte) &&
    (lt === undefined || value < lt) &&
    (lte === undefined || value <= lte);
}

/** The band a KPI condition sees: its band, or `unavailable` without a value or a benchmark. */
export function kpiBandOf(kpi: KpiResult | undefined): KpiBand | 'unavailable' {
  return kpi?.status === 'ok' ? (kpi.band ?? 'unavailable') : 'unavailable';
}

function someIn(values: readonly string[], allowed: readonly unknown[]): boolean {
  for (const value of values) if (allowed.includes(value)) return true;
  return false;
}

function compileAnswerTest(leaf: Extract<Condition, { question: string }>): (value: AnswerValue | undefined) => boolean {
  const { answered, equals, includes } = leaf;
  const allowed = leaf.in as readonly unknown[] | undefined;
  const compare = compileComparisons(leaf);
  return (value) => {
    const isGiven = isAnswered(value);
    if (answered !== undefined && answered !== isGiven) return false;
    if (!isGiven) return answered === false;
    const isList = Array.isArray(value);
    if (equals !== undefined && (isList || value !== equals)) return false;
    if (allowed !== undefined && !(isList ? someIn(value as readonly string[], allowed) : allowed.includes(value))) return false;
    if (includes !== undefined && !(isList && (value as readonly string[]).includes(includes))) return false;
    return compare === undefined || compare(typeof value === 'number' ? value : null);
  };
}

/** A condition turned into functions of its context: whether it holds, and why. */
export interface CompiledCondition {
  holds: ConditionPredicate;
  /**
   * Appends the leaf tests that decided the outcome (a failed test written "not …") and returns
   * whether the condition holds.
   */
  explain: (context: ConditionContext, reasons: RuleReason[]) => boolean;
}

/** The leaf's tests in condition syntax, e.g. `lte 33` or `in ["never","under_10"]`: for logs. */
function describeTest(leaf: LeafCondition, subject: string): string {
  return Object.entries(leaf)
    .filter(([key, value]) => key !== subject && value !== undefined)
    .map(([key, value]) => `${key} ${JSON.stringify(value)}`)
    .join(', ');
}

type WithoutNegated<C> = C extends unknown ? Omit<C, 'negated'> : never;

/** A leaf's test as data; `negated` is set when a reason is made, from the outcome. */
type LeafTest = WithoutNegated<ReasonComparison>;

const SUBJECTS = ['question', 'dimension', 'axis', 'kpi'] as const;

type CompiledLeaf = { holds: ConditionPredicate; reason: (context: ConditionContext, test: string) => RuleReason; test: string };

function compileLeafTest(leaf: LeafCondition): CompiledLeaf {
  if ('question' in leaf) {
    const { question } = leaf;
    const check = compileAnswerTest(leaf);
    return {
      holds: (context) => check(context.answers[question]),
      reason: (context, test) => ({ kind: 'answer', questionId: question, value: context.answers[question] ?? null, test }),
      test: describeTest(leaf, 'question'),
    };
  }
  if ('fit' in leaf) {
    const { fit } = leaf;
    return {
      holds: (context) => (context.fit ?? 'unknown') === fit,
      reason: (context, test) => ({ kind: 'fit', status: context.fit ?? 'unknown', test }),
      test: `fit ${fit}`,
    };
  }
  const compare = compileComparisons(leaf);
  if ('dimension' in leaf) {
    const { dimension } = leaf;
    return {
      holds: (context) => compare?.(context.dimensions?.get(dimension)) ?? false,
      reason: (context, test) => ({ kind: 'dimension', dimensionId: dimension, score: context.dimensions?.get(dimension) ?? null, test }),
      test: describeTest(leaf, 'dimension'),
    };
  }
  if ('axis' in leaf) {
    const { axis } = leaf;
    return {
      holds: (context) => compare?.(context.axes?.get(axis)) ?? false,
      reason: (context, test) => ({ kind: 'axis', axisId: axis, position: context.axes?.get(axis) ?? null, test }),
      test: describeTest(leaf, 'axis'),
    };
  }
  const { kpi: id, band } = leaf;
  return {
    holds: (context) => {
      const kpi = context.kpis?.get(id);
      return (band === undefined || band === kpiBandOf(kpi)) && (compare === undefined || compare(kpi?.value));
    },
    reason: (context, test) => {
      const kpi = context.kpis?.get(id);
      return { kind: 'kpi', kpiId: id, value: kpi?.value ?? null, band: kpiBandOf(kpi), test };
    },
    test: describeTest(leaf, 'kpi'),
  };
}

/**
 * A leaf whose reasons carry their tests as data (`comparisons`): every test of a leaf that held, or
 * only the failed tests of a leaf that failed, negated, so each reads as a true statement of the
 * value ("not lte 33": above 33). Each test is judged as a leaf of its own, by the same code.
 */
function compileLeaf(leaf: LeafCondition): { holds: ConditionPredicate; reason: (context: ConditionContext, test: string, outcome: boolean) => RuleReason; test: string } {
  const compiled = compileLeafTest(leaf);
  const subject = SUBJECTS.find((key) => key in leaf);
  const tests: LeafTest[] =
    subject === undefined
      ? [{ op: 'fit', value: (leaf as { fit: FitStatus }).fit }]
      : Object.entries(leaf).flatMap(([op, value]) => (op === subject || value === undefined ? [] : [{ op, value } as LeafTest]));
  // Compiled on first use: only rules that fire are explained, and most leaves have one test.
  let checks: ConditionPredicate[] | undefined;
  return {
    holds: compiled.holds,
    test: compiled.test,
    reason: (context, test, outcome) => {
      checks ??=
        tests.length > 1 ? tests.map(({ op, value }) => compileLeafTest({ [subject!]: (leaf as Record<string, unknown>)[subject!], [op]: value } as LeafCondition).holds) : [compiled.holds];
      const deciding = tests.filter((_, index) => checks![index]!(context) === outcome);
      const comparisons = (deciding.length > 0 ? deciding : tests).map((one) => ({ ...one, negated: !outcome }) as ReasonComparison);
      return { ...compiled.reason(context, test), comparisons };
    },
  };
}

/*
 * Conditions are plain JSON in a definition; compiling each once into closures (no eval) keeps
 * visibility and rule checks cheap on every scoring, which runs on every answer in a wizard.
 */
function compile(condition: Condition): CompiledCondition {
  if ('not' in condition) {
    const inner = compile(condition.not);
    return { holds: (context) => !inner.holds(context), explain: (context, reasons) => !inner.explain(context, reasons) };
  }
  if ('all' in condition || 'any' in condition) {
    const isAll = 'all' in condition;
    const parts = (isAll ? condition.all : condition.any).map(compile);
    // Plain loops: a closure per call would allocate on every check of every scoring.
    const holds: ConditionPredicate = isAll
      ? (context) => {
          for (const part of parts) if (!part.holds(context)) return false;
          return true;
        }
      : (context) => {
          for (const part of parts) if (part.holds(context)) return true;
          return false;
        };
    return {
      holds,
      explain: (context, reasons) => {
        // One pass: every part explains itself, then only the parts that agree with the outcome
        // (every held part, or every failed one) keep their reasons.
        const start = reasons.length;
        const outcomes: boolean[] = [];
        const ends: number[] = [];
        for (const part of parts) {
          outcomes.push(part.explain(context, reasons));
          ends.push(reasons.length);
        }
        const outcome = isAll ? !outcomes.includes(false) : outcomes.includes(true);
        let kept = start;
        let from = start;
        outcomes.forEach((partOutcome, index) => {
          const to = ends[index] as number;
          if (partOutcome === outcome) for (let read = from; read < to; read += 1) reasons[kept++] = reasons[read] as RuleReason;
          from = to;
        });
        reasons.length = kept;
        return outcome;
      },
    };
  }
  const leaf = compileLeaf(condition);
  const negated = `not ${leaf.test}`;
  return {
    holds: leaf.holds,
    explain: (context, reasons) => {
      const outcome = leaf.holds(context);
      reasons.push(leaf.reason(context, outcome ? leaf.test : negated, outcome));
      return outcome;
    },
  };
}

/**
 * Compiles a condition into functions of its context. Callers that test one condition often (the
 * questionnaire's visibility conditions and rules) compile once, in `compileQuestionnaire`.
 */
export function compileCondition(condition: Condition): CompiledCondition {
  return compile(condition);
}
