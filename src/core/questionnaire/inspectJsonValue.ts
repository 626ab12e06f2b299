import { createIssue, type Issue } from '../errors';

type Segment = string | number;

/** An object or a non-finite number met on the walk, with how it was reached (the path is built only when an issue needs it). */
interface Visit {
  value: unknown;
  depth: number;
  parent: Visit | undefined;
  segment: Segment | undefined;
}

/** What a JSON value holds that JSON cannot say or the kit will not read. */
export interface JsonValueReport {
  /** The first place, in document order, where it nests deeper than `maxDepth`; the walk stops there. */
  tooDeep: Issue | undefined;
  /** Every `Infinity`, `-Infinity` and `NaN`, as a `not_finite` issue at its path, in document order. */
  notFinite: Issue[];
}

function pathOf(visit: Visit | undefined, last: Segment): Segment[] {
  const segments: Segment[] = [last];
  for (let at = visit; at?.segment !== undefined; at = at.parent) segments.push(at.segment);
  return segments.reverse();
}

/** Values JSON leaves out of an object (and writes as null in an array). */
const isDropped = (value: unknown) => value === undefined || typeof value === 'function' || typeof value === 'symbol';

/**
 * Walks a value as `JSON.stringify` would read it (own enumerable keys, array items by index) with a
 * list, not recursion, so no depth can overflow the stack, and before any serialiser sees it: a
 * non-finite number, which JSON turns into null, is named at its path, and nesting past the limit
 * stops the walk. Each object is walked once: a cycle is left for the serialiser to name, and an
 * object shared by many parents costs its size once. Reads the value's properties, so a hostile
 * getter or proxy may throw: callers catch.
 * @example inspectJsonValue({ points: { x: Infinity } }, LIMITS.maxDepth).notFinite[0]?.path // 'points.x'
 */
export function inspectJsonValue(root: unknown, maxDepth: number): JsonValueReport {
  const notFinite: Issue[] = [];
  const seen = new Set<object>();
  const pending: Visit[] = [{ value: root, depth: 0, parent: undefined, segment: undefined }];
  while (pending.length > 0) {
    const visit = pending.pop()!;
    const { value } = visit;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) notFinite.push(createIssue('not_finite', visit.segment === undefined ? [] : pathOf(visit.parent, visit.segment), { received: String(value) }));
      continue;
    }
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    // An object that says how it is written (a Date) is written as that, not walked.
    if (typeof (value as { toJSON?: unknown }).toJSON === 'function') continue;
    const children: [Segment, unknown][] = [];
    if (Array.isArray(value)) for (let index = 0; index < value.length; index += 1) children.push([index, value[index]]);
    else
      for (const key of Object.keys(value)) {
        const child = (value as Record<string, unknown>)[key];
        if (!isDropped(child)) children.push([key, child]);
      }
    if (children.length === 0) continue;
    if (visit.depth >= maxDepth) return { tooDeep: createIssue('too_deep', pathOf(visit, children[0]![0]), { maximum: maxDepth }), notFinite };
    // Last child pushed first, so the first is walked first: issues come in the order of the text.
    for (let index = children.length - 1; index >= 0; index -= 1) {
      const [segment, child] = children[index]!;
      const walked = typeof child === 'object' && child !== null;
      if (walked || (typeof child === 'number' && !Number.isFinite(child))) pending.push({ value: child, depth: visit.depth + 1, parent: visit, segment });
    }
  }
  return { tooDeep: undefined, notFinite };
}
