/** The units a number in a reason can have: those of KPIs and of number questions. */
export type NumberUnit = 'percent' | 'currency' | 'count' | 'ratio' | 'people' | 'days' | 'months';

/** How to format a number: the locale, the currency code for money, and whether to sign it. */
export interface FormatNumberOptions {
  locale: string;
  /** ISO 4217 code such as `USD`; without it, money shows as a plain number with two decimals. */
  currency?: string | undefined;
  /** Prefix a `+` on positive values (axis positions). */
  signed?: boolean;
}

const formats = new Map<string, Intl.NumberFormat>();

/** One cached `Intl.NumberFormat` per locale and options; a malformed locale or currency falls back to plain English. The React views share it. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat(locale, options);
    } catch {
      // A host's typo in a locale tag or currency code must not break the sentence.
      const { currency: _currency, style, ...rest } = options;
      format = new Intl.NumberFormat('en', style === 'currency' ? rest : options);
    }
    formats.set(key, format);
  }
  return format;
}

/**
 * Formats a number for people with `Intl`: a percent is given 0–100, money in the given currency.
 * @example formatNumber(3.333, 'percent', { locale: 'en' }) // '3.3%'
 */
export function formatNumber(value: number, unit: NumberUnit | undefined, { locale, currency, signed }: FormatNumberOptions): string {
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
