import { formatNumber, numberFormat, type FormatNumberOptions, type NumberUnit } from '../../core/explain/formatNumber';

/** The units a value can be shown in: those of KPIs and of number questions. */
export type ValueUnit = NumberUnit;

/**
 * The currency of money when the host names none: US dollars, the currency of the bundled
 * benchmarks (cost per lead, DOMAIN.md §3), so a cost reads against its band in the same money.
 */
export const DEFAULT_CURRENCY = 'USD';

/** How to format a value: the locale, the currency code for money, and optionally its fraction digits. */
export interface FormatValueOptions extends FormatNumberOptions {
  /**
   * ISO 4217 code such as `EUR`; `DEFAULT_CURRENCY` (US dollars) when left out, and money as a plain
   * number for an empty string.
   */
  currency?: string | undefined;
  /** At most this many fraction digits, trailing zeros dropped (money keeps two unless whole), in place of the unit's usual ones. */
  fractionDigits?: number;
}

/**
 * Formats a number for people with `Intl`, as the reasons' sentences do: a percent is given 0–100,
 * money in the host's currency, US dollars by default.
 * @example formatValue(12.5, 'percent', { locale: 'en' }) // '12.5%'
 * @example formatValue(0.44, 'percent', { locale: 'en', fractionDigits: 2 }) // '0.44%'
 */
export function formatValue(value: number, unit: ValueUnit | undefined, options: FormatValueOptions): string {
  const { locale, fractionDigits, signed } = options;
  const currency = options.currency ?? DEFAULT_CURRENCY;
  if (fractionDigits === undefined) return formatNumber(value, unit, { locale, currency, signed });
  const signDisplay = signed ? 'exceptZero' : 'auto';
  if (unit === 'percent') return numberFormat(locale, { style: 'percent', maximumFractionDigits: fractionDigits, signDisplay }).format(value / 100);
  if (unit === 'currency') {
    // Money shows its cents, or none at all: "$40.5" reads as a typo.
    const digits = fractionDigits === 0 ? 0 : Math.max(fractionDigits, 2);
    const style = currency ? { style: 'currency', currency } as const : {};
    return numberFormat(locale, { ...style, minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay }).format(value);
  }
  return numberFormat(locale, { maximumFractionDigits: fractionDigits, signDisplay }).format(value);
}
