import type { AnswerValue } from '../answers/answers.types';
import { plainItems } from '../answers/readOwnData';

/**
 * The value a session stores for an answer, or `undefined` when it cannot be one. Values of the
 * wrong type for their question are stored (the field shows what was entered, beside its error);
 * values no question could take (null, booleans, objects, NaN, lists of non-strings) are not, which
 * keeps a session plain JSON. Lists are copied through their descriptors, so a caller changing its
 * array later changes nothing, and a getter or a throwing proxy is not a value either.
 */
export function toStoredAnswer(value: unknown): AnswerValue | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  try {
    if (!Array.isArray(value)) return undefined;
    const items = plainItems(value);
    return items.every((item) => typeof item === 'string') ? (items as string[]) : undefined;
  } catch {
    return undefined;
  }
}
