import type { Answers } from '../answers/answers.types';
import { answerAt } from '../answers/readOwnData';
import type { Benchmark, Kpi, KpiTerm } from '../questionnaire/questionnaire.types';
import type { KpiBand, KpiResult } from '../scoring/scoring.types';

/** A term's value, or null when any input is missing. */
function evaluateTerm(term: KpiTerm, inputs: Record<string, number | null>): number | null {
  if (typeof term === 'string') return inputs[term] ?? null;
  const isProduct = 'product' in term;
  let total = isProduct ? 1 : 0;
  for (const id of isProduct ? term.product : term.sum) {
    const value = inputs[id];
    if (value === null || value === undefined) return null;
    total = isProduct ? total * value : total + value;
  }
  return total;
}

/** Places a value against a benchmark band. */
export function bandOf(value: number, benchmark: Benchmark): KpiBand {
  if (value < benchmark.min) return 'below';
  return value > benchmark.max ? 'above' : 'within';
}

function standingOf(band: KpiBand, direction: Kpi['direction']): KpiResult['standing'] {
  if (band === 'within') return 'typical';
  return (band === 'above') === (direction === 'higher') ? 'better' : 'worse';
}

/**
 * Computes one KPI from the number answers: numerator ÷ denominator × scale. A missing input or a
 * zero divisor gives `not_available`, never Infinity or NaN.
 * @example computeKpi(ctrKpi, { clicks: 45, impressions: 10000 }).value // 0.45
 */
export function computeKpi(kpi: Kpi, answers: Answers, benchmarkOverride?: Benchmark | null): KpiResult {
  const inputs: Record<string, number | null> = {};
  readInputs(kpi.numerator, answers, inputs);
  if (kpi.denominator) readInputs(kpi.denominator, answers, inputs);
  const benchmark = benchmarkOverride === undefined ? (kpi.benchmark ?? null) : benchmarkOverride;
  const result: KpiResult = {
    id: kpi.id,
    value: null,
    status: 'not_available',
    unit: kpi.unit,
    direction: kpi.direction,
    band: null,
    standing: null,
    benchmark,
    target: kpi.target ?? null,
    inputs,
  };
  const numerator = evaluateTerm(kpi.numerator, inputs);
  const denominator = kpi.denominator === undefined ? 1 : evaluateTerm(kpi.denominator, inputs);
  if (numerator === null || denominator === null) result.reason = 'missing_input';
  else {
    const value = (numerator / denominator) * (kpi.scale ?? 1);
    // Neither a zero divisor nor a ratio too large for a number gives Infinity or NaN.
    if (denominator === 0) result.reason = 'zero_divisor';
    else if (!Number.isFinite(value)) result.reason = 'overflow';
    else {
      result.value = value;
      result.status = 'ok';
      if (benchmark) {
        result.band = bandOf(value, benchmark);
        result.standing = standingOf(result.band, kpi.direction);
      }
    }
  }
  return result;
}

const numberOf = (value: Answers[string] | undefined): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/** Copies a term's number answers into `inputs`, null where missing. */
function readInputs(term: KpiTerm, answers: Answers, inputs: Record<string, number | null>): void {
  // Read as data (`answerAt`): answers may come from host code, with getters or proxies.
  if (typeof term === 'string') inputs[term] = numberOf(answerAt(answers, term) as Answers[string] | undefined);
  else for (const id of 'sum' in term ? term.sum : term.product) inputs[id] = numberOf(answerAt(answers, id) as Answers[string] | undefined);
}

/** Computes every KPI of a questionnaire; `benchmarks` overrides the definition's by KPI id. */
export function computeKpis(
  kpis: readonly Kpi[],
  answers: Answers,
  benchmarks: Record<string, Benchmark | null> = {},
): KpiResult[] {
  return kpis.map((kpi) => computeKpi(kpi, answers, Object.hasOwn(benchmarks, kpi.id) ? benchmarks[kpi.id] : undefined));
}
