import type { PeerSegment } from './benchmark.types';

/** A segment's answers in the order of the benchmark's `by`, as long as the prefix it is keyed by. */
export type SegmentValues = readonly (string | null)[];

/** A segment's key as values in `by` order, or undefined when its questions are not the first of `by`, in order. */
export function segmentValues(by: readonly string[], key: PeerSegment['key']): SegmentValues | undefined {
  const ids = Object.keys(key);
  if (ids.length > by.length) return undefined;
  // Key order is not significant in JSON, so only the set of ids is checked against the prefix.
  const prefix = by.slice(0, ids.length);
  if (!ids.every((id) => prefix.includes(id))) return undefined;
  return prefix.map((id) => key[id] ?? null);
}

/** The key object of the segment with these values. */
export function segmentKeyOf(by: readonly string[], values: SegmentValues): PeerSegment['key'] {
  // fromEntries defines own properties, so an id such as `__proto__` stays an ordinary key.
  return Object.fromEntries(values.map((value, index) => [by[index]!, value]));
}

/** A string that identifies a segment among all of a benchmark's segments (prefix length included). */
export const segmentIdOf = (values: SegmentValues): string => JSON.stringify(values);

/**
 * Segment order: coarsest first, then by answer, unanswered (null) last. The SQL recipe sorts the same
 * way (`ORDER BY depth, market NULLS LAST, …`), and withholding breaks ties by it.
 */
export function compareSegmentValues(a: SegmentValues, b: SegmentValues): number {
  if (a.length !== b.length) return a.length - b.length;
  for (let index = 0; index < a.length; index += 1) {
    const left = a[index]!;
    const right = b[index]!;
    if (left === right) continue;
    if (left === null) return 1;
    if (right === null) return -1;
    return left < right ? -1 : 1;
  }
  return 0;
}
