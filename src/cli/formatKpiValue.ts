import type { Benchmark, KpiResult } from '../core';

const NOT_AVAILABLE: Record<NonNullable<KpiResult['reason']>, string> = { missing_input: 'missing input', zero_divisor: 'zero divisor', overflow: 'too large' };
const DIGITS: Record<KpiResult['unit'], number> = { percent: 2, currency: 2, ratio: 2, count: 0 };

/**
 * Formats a number in a KPI's unit: percent and currency with 2 decimals, counts as whole numbers.
 * @example formatKpiNumber(0.4512, 'percent') // '0.45%'
 */
export function formatKpiNumber(value: number, unit: KpiResult['unit'], locale = 'en'): string {
  const digits = DIGITS[unit];
  const text = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
  return unit === 'percent' ? `${text}%` : text;
}

/**
 * A KPI's value for people, or why there is none.
 * @example formatKpiValue({ status: 'not_available', reason: 'zero_divisor', … }) // 'n/a (zero divisor)'
 */
export function formatKpiValue(kpi: KpiResult, locale = 'en'): string {
  if (kpi.status !== 'ok' || kpi.value === null) return `n/a (${NOT_AVAILABLE[kpi.reason ?? 'missing_input']})`;
  return formatKpiNumber(kpi.value, kpi.unit, locale);
}

/** A benchmark band with its source and year: `0.50%–1.00% (LinkedIn, 2024)`. */
export function formatBenchmark(benchmark: Benchmark, unit: KpiResult['unit'], locale = 'en'): string {
  const range = `${formatKpiNumber(benchmark.min, unit, locale)}–${formatKpiNumber(benchmark.max, unit, locale)}`;
  return `${range} (${benchmark.source}, ${benchmark.year})`;
}

/** Where a KPI sits against its benchmark, and whether that is good news. */
export function formatKpiStanding(kpi: KpiResult, locale = 'en'): string {
  if (!kpi.benchmark) return 'no benchmark';
  const band = formatBenchmark(kpi.benchmark, kpi.unit, locale);
  if (kpi.band === null) return `benchmark ${band}`;
  return `${kpi.band} ${band}: ${kpi.standing === 'typical' ? 'typical' : `${kpi.standing} than typical`}`;
}
