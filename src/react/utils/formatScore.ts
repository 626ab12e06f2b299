import { formatValue } from './formatValue';

/**
 * A 0–100 score for people: whole numbers, in the locale's digits, since decimals of a
 * self-assessment suggest a precision it does not have.
 * @example formatScore(91.67, 'en') // '92'
 */
export function formatScore(score: number, locale: string): string {
  return formatValue(Math.round(score), 'count', { locale });
}
