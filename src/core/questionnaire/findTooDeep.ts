import { createIssue, type Issue } from '../errors';

/** How deep a path into a definition may go: real ones nest a dozen levels (a condition in a rule in a list). */
export const MAX_DEPTH = 64;

/**
 * The first place a value nests deeper than `MAX_DEPTH` path segments, as a `too_deep` issue there;
 * none when it does not. Walked with a list, not recursion, so no depth can overflow the stack, and
 * checked before validation so a hostile definition costs no more than its size.
 */
export function findTooDeep(value: unknown): Issue | undefined {
  const pending: { value: unknown; segments: (string | number)[] }[] = [{ value, segments: [] }];
  while (pending.length > 0) {
    const { value: current, segments } = pending.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    if (segments.length >= MAX_DEPTH) {
      const [first] = Array.isArray(current) ? [0] : Object.keys(current);
      if (first !== undefined) return createIssue('too_deep', [...segments, first], { maximum: MAX_DEPTH });
      continue;
    }
    if (Array.isArray(current)) current.forEach((item, index) => pending.push({ value: item, segments: [...segments, index] }));
    else for (const [key, item] of Object.entries(current)) pending.push({ value: item, segments: [...segments, key] });
  }
  return undefined;
}
