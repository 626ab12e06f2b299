import { formatNumber, type FormatNumberOptions, type NumberUnit } from '../../core/explain/formatNumber';

/** The units a value can be shown in: those of KPIs and of number questions. */
export type ValueUnit = NumberUnit;

/** How to format a value: the locale, and the currency code for money (no symbol without one). */
export type FormatValueOptions = FormatNumberOptions;

/**
 * Formats a number for people with `Intl`, as the reasons' sentences do: a percent is given 0–100,
 * money in the host's currency.
 * @example formatValue(12.5, 'percent', { locale: 'en' }) // '12.5%'
 */
export const formatValue: (value: number, unit: ValueUnit | undefined, options: FormatValueOptions) => string = formatNumber;
