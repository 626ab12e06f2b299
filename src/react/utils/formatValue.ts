/** The units a value can be shown in: those of KPIs and of number questions. */
export type ValueUnit = 'percent' | 'currency' | 'count' | 'ratio' | 'people' | 'days' | 'months';

/** How to format a value: the locale, and the currency code for money (no symbol without one). */
export interface FormatValueOptions {
  locale: string;
  /** ISO 4217 code such as `USD`; without it, money shows as a plain number. */
  currency?: string;
  /** Prefix a `+` on positive values, for deltas. */
  signed?: boolean;
}

const formatters = new Map<string, Intl.NumberFormat>();

/** One cached `Intl.NumberFormat` per locale and options; an unknown locale falls back to `en`. */
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat(locale, options);
    } catch {
      // A malformed locale tag or currency code from a host must not break the view.
      const { currency: _currency, style, ...rest } = options;
      format = new Intl.NumberFormat('en', style === 'currency' ? rest : options);
    }
    formatters.set(key, format);
  }
  return format;
}

/**
 * Formats a number for people with `Intl`: a percent is given 0–100, money in the host's currency.
 * @example formatValue(12.5, 'percent', { locale: 'en' }) // '12.5%'
 */
export function formatValue(value: number, unit: ValueUnit | undefined, { locale, currency, signed }: FormatValueOptions): string {
  const signDisplay = signed ? 'exceptZero' : 'auto';
  switch (unit) {
    case 'percent':
      return numberFormat(locale, { style: 'percent', maximumFractionDigits: 1, signDisplay }).format(value / 100);
    case 'currency':
      return currency
        ? numberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 2, signDisplay }).format(value)
        : numberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay }).format(value);
    case 'ratio':
      return numberFormat(locale, { maximumFractionDigits: 2, signDisplay }).format(value);
    default:
      return numberFormat(locale, { maximumFractionDigits: 1, signDisplay }).format(value);
  }
}
