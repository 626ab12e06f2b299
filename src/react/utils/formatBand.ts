import type { Benchmark, KpiBand } from '../../core';
import { formatValue, type FormatValueOptions, type ValueUnit } from './formatValue';
import { numberFormat } from '../../core/explain/formatNumber';

/** The most fraction digits a bound or value is given; past it, it is rounded to the nearest. */
export const MAX_FRACTION_DIGITS = 4;

/** The fraction digits `formatValue` shows by default, by unit (the core's `formatNumber`). */
function usualFractionDigits(unit: ValueUnit | undefined): number {
  return unit === 'currency' || unit === 'ratio' ? 2 : 1;
}

/** `value` rounded to `digits` fraction digits the way `Intl` rounds what it shows. */
export function roundAsShown(value: number, digits: number): number {
  return Number(numberFormat('en', { maximumFractionDigits: digits, useGrouping: false }).format(value));
}

/** The fewest fraction digits at which `value` reads as itself, at most `MAX_FRACTION_DIGITS`. */
export function exactFractionDigits(value: number): number {
  for (let digits = 0; digits < MAX_FRACTION_DIGITS; digits += 1) if (roundAsShown(value, digits) === value) return digits;
  return MAX_FRACTION_DIGITS;
}

/** The fraction digits a band's bounds are shown with: enough for each to read as its true value. */
export function bandFractionDigits(band: Pick<Benchmark, 'min' | 'max'>): number {
  return Math.max(exactFractionDigits(band.min), exactFractionDigits(band.max));
}

/**
 * A benchmark band's bounds for people, each as its true value: "0.44%–0.65%", not "0.4%–0.7%",
 * which would misstate the band. Both bounds get the same fraction digits; money shows no cents
 * when both bounds are whole.
 * @example formatBand({ min: 0.44, max: 0.65 }, 'percent', { locale: 'en' }) // { min: '0.44%', max: '0.65%' }
 */
export function formatBand(band: Pick<Benchmark, 'min' | 'max'>, unit: ValueUnit | undefined, options: FormatValueOptions): { min: string; max: string } {
  const fractionDigits = bandFractionDigits(band);
  return { min: formatValue(band.min, unit, { ...options, fractionDigits }), max: formatValue(band.max, unit, { ...options, fractionDigits }) };
}

/** A value as its true figure: the unit's usual digits, more where it has them (a host's target of 0.55%). */
export function formatExact(value: number, unit: ValueUnit | undefined, options: FormatValueOptions): string {
  const digits = exactFractionDigits(value);
  return digits <= usualFractionDigits(unit) ? formatValue(value, unit, options) : formatValue(value, unit, { ...options, fractionDigits: digits });
}

/**
 * A KPI's value shown beside its band so the two agree: at least the band's precision, and more
 * where rounding would put the value on the other side of a bound ("0.65%" for 0.651, above a band
 * up to 0.65%, would read as within it).
 * @example formatAgainstBand(0.651, 'above', { min: 0.44, max: 0.65 }, 'percent', { locale: 'en' }) // '0.651%'
 */
export function formatAgainstBand(
  value: number,
  band: KpiBand | null,
  benchmark: Pick<Benchmark, 'min' | 'max'> | null,
  unit: ValueUnit | undefined,
  options: FormatValueOptions,
): string {
  if (!benchmark || !band) return formatValue(value, unit, options);
  const usual = usualFractionDigits(unit);
  const readsRight = (shown: number) => (band === 'below' ? shown < benchmark.min : band === 'above' ? shown > benchmark.max : shown >= benchmark.min && shown <= benchmark.max);
  let digits = Math.max(usual, bandFractionDigits(benchmark));
  while (digits < MAX_FRACTION_DIGITS && !readsRight(roundAsShown(value, digits))) digits += 1;
  return digits === usual ? formatValue(value, unit, options) : formatValue(value, unit, { ...options, fractionDigits: digits });
}
