import type { AnswerValue } from './answers.types';

/** True when an answer counts as given: not blank text, not an empty choice list. */
export function isAnswered(value: AnswerValue | undefined): boolean {
  if (value === undefined) return false;
  if (typeof value === 'string') return value.trim().length > 0;
  if (Array.isArray(value)) return value.length > 0;
  return true;
}
