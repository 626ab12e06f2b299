import type { AnswerValue } from '../answers/answers.types';

/**
 * The value a session stores for an answer, or `undefined` when it cannot be one. Values of the
 * wrong type for their question are stored (the field shows what was entered, beside its error);
 * values no question could take (null, booleans, objects, NaN, lists of non-strings) are not, which
 * keeps a session plain JSON. Lists are copied, so a caller changing its array later changes nothing.
 */
export function toStoredAnswer(value: unknown): AnswerValue | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return [...value] as string[];
  return undefined;
}
