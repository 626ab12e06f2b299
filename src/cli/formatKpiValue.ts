import type { Benchmark, KpiResult } from '../core';
import type { CliWords } from './i18n/cliWords';

const DIGITS: Record<KpiResult['unit'], number> = { percent: 2, currency: 2, ratio: 2, count: 0 };

/**
 * Formats a number in a KPI's unit: percent and money with 2 decimals, counts as whole numbers; money
 * in `currency` when given (`US$125.00`), else as a plain number.
 * @example formatKpiNumber(0.4512, 'percent') // '0.45%'
 */
export function formatKpiNumber(value: number, unit: KpiResult['unit'], locale = 'en', currency?: string): string {
  const digits = DIGITS[unit];
  const style: Intl.NumberFormatOptions = unit === 'currency' && currency ? { style: 'currency', currency } : {};
  const text = new Intl.NumberFormat(locale, { ...style, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
  return unit === 'percent' ? `${text}%` : text;
}

/**
 * A KPI's value for people, or why there is none; money without a currency says so in words, so a
 * cost never reads as a bare count.
 * @example formatKpiValue({ status: 'not_available', reason: 'zero_divisor', … }, cliWordsFor('en')) // 'n/a (zero divisor)'
 */
export function formatKpiValue(kpi: KpiResult, words: CliWords): string {
  if (kpi.status !== 'ok' || kpi.value === null) return words.say('kpi.notAvailable', { reason: words.say(`kpi.reason.${kpi.reason ?? 'missing_input'}`) });
  const value = formatKpiNumber(kpi.value, kpi.unit, words.locale, words.currency);
  return kpi.unit === 'currency' && !words.currency ? words.say('kpi.inYourCurrency', { value }) : value;
}

/** A benchmark band with its source and year: `0.50%–1.00% (LinkedIn, 2024)`. */
export function formatBenchmark(benchmark: Benchmark, unit: KpiResult['unit'], words: CliWords): string {
  const number = (value: number) => formatKpiNumber(value, unit, words.locale, words.currency);
  return `${number(benchmark.min)}–${number(benchmark.max)} (${benchmark.source}, ${benchmark.year})`;
}

/** Where a KPI sits against its benchmark, and whether that is good news. */
export function formatKpiStanding(kpi: KpiResult, words: CliWords): string {
  if (!kpi.benchmark) return words.say('kpi.noBenchmark');
  const range = formatBenchmark(kpi.benchmark, kpi.unit, words);
  if (kpi.band === null) return words.say('kpi.benchmarkOnly', { range });
  const standing = words.say(kpi.standing === 'better' ? 'kpi.better' : kpi.standing === 'worse' ? 'kpi.worse' : 'kpi.typical');
  return words.say('kpi.standing', { place: words.say(`kpi.${kpi.band}`, { range }), standing });
}
