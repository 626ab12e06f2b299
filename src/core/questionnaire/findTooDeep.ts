import type { Issue } from '../errors';
import { inspectJsonValue } from './inspectJsonValue';

/** How deep a path into a definition may go: real ones nest a dozen levels (a condition in a rule in a list). */
export const MAX_DEPTH = 64;

/**
 * The first place, in document order, where a value nests deeper than `MAX_DEPTH` path segments, as
 * a `too_deep` issue there; none when it does not. Walked with a list, not recursion, so no depth
 * can overflow the stack, and checked before validation so a hostile definition costs no more than its size.
 */
export function findTooDeep(value: unknown): Issue | undefined {
  return inspectJsonValue(value, MAX_DEPTH).tooDeep;
}
