/** `[2]`, `["key with odd characters"]`, or `.name` (the dot optional at the start). */
const SEGMENT = /\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]|(?:^|\.)([A-Za-z_$][A-Za-z0-9_$-]*)/y;

/**
 * The segments of an issue's readable path, the inverse of the core's `formatPath`; undefined for a
 * path it could not have made.
 * @example parseIssuePath('sections[2].questions[4]["odd key"]') // ['sections', 2, 'questions', 4, 'odd key']
 */
export function parseIssuePath(path: string): (string | number)[] | undefined {
  const segments: (string | number)[] = [];
  SEGMENT.lastIndex = 0;
  while (SEGMENT.lastIndex < path.length) {
    // `^` in a sticky regex matches only at 0: past the start, a name must follow a dot.
    const match = SEGMENT.exec(path);
    if (!match) return undefined;
    if (match[1] !== undefined) segments.push(Number(match[1]));
    else if (match[2] !== undefined) segments.push(JSON.parse(match[2]) as string);
    else segments.push(match[3]!);
  }
  return segments;
}
