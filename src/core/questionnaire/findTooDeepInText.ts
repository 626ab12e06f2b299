import { createIssue, type Issue } from '../errors';

type Segment = string | number;

/** An open object or array, and the key or index of the item being read in it. */
interface Frame {
  kind: 'object' | 'array';
  segment: Segment | undefined;
  /** In an object: the next string is a key. */
  expectKey: boolean;
}

/** Where a JSON text first nests too deep: the `too_deep` issue and the offset of the item that goes past. */
export interface TooDeepInText {
  issue: Issue;
  offset: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const DELIMITERS = new Set([0x2c, 0x3a, 0x5b, 0x5d, 0x7b, 0x7d, QUOTE, 0x20, 0x09, 0x0a, 0x0d]);
const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);

/** The offset just past the string literal opening at `start` (the text's end if it is never closed). */
function endOfString(text: string, start: number): number {
  let at = start + 1;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    if (code === BACKSLASH) at += 2;
    else if (code === QUOTE) return at + 1;
    else at += 1;
  }
  return text.length;
}

function keyOf(literal: string): string {
  try {
    const key: unknown = JSON.parse(literal);
    return typeof key === 'string' ? key : literal;
  } catch {
    return literal.slice(1, -1);
  }
}

/**
 * The first place, in the order of the text, where a JSON text nests deeper than `maxDepth` path
 * segments: the same `too_deep` issue and path `findTooDeep` gives for the parsed value, found
 * without parsing. A scan with a list of open brackets, so no depth can overflow the stack; for
 * engines and parsers that recurse (jsonc-parser, some engines' `JSON.parse`), it is checked first.
 * Lenient: text that is not JSON is scanned as far as its brackets go.
 * @example findTooDeepInText('[[[1]]]', 2)?.issue.path // '[0][0][0]'
 */
export function findTooDeepInText(text: string, maxDepth: number): TooDeepInText | undefined {
  const frames: Frame[] = [];
  // A child appears in the innermost container: past the limit, that is the place to report.
  const childAt = (segment: Segment, offset: number): TooDeepInText | undefined => {
    const top = frames[frames.length - 1]!;
    top.segment = segment;
    if (frames.length - 1 < maxDepth) return undefined;
    const path = frames.map((frame) => frame.segment!);
    return { issue: createIssue('too_deep', path, { maximum: maxDepth }), offset };
  };
  /** A value starting at `offset`: in an array, the first one is item 0 (commas count the rest). */
  const valueAt = (offset: number): TooDeepInText | undefined => {
    const top = frames[frames.length - 1];
    if (top?.kind !== 'array' || top.segment !== undefined) return undefined;
    return childAt(0, offset);
  };
  let at = 0;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    const top = frames[frames.length - 1];
    if (WHITESPACE.has(code)) at += 1;
    else if (code === QUOTE) {
      const end = endOfString(text, at);
      const found = top?.kind === 'object' && top.expectKey ? childAt(keyOf(text.slice(at, end)), at) : valueAt(at);
      if (found) return found;
      if (top?.kind === 'object') top.expectKey = false;
      at = end;
    } else if (code === 0x7b || code === 0x5b) {
      const found = valueAt(at);
      if (found) return found;
      frames.push({ kind: code === 0x7b ? 'object' : 'array', segment: undefined, expectKey: code === 0x7b });
      at += 1;
    } else if (code === 0x7d || code === 0x5d) {
      frames.pop();
      at += 1;
    } else if (code === 0x2c) {
      if (top?.kind === 'object') top.expectKey = true;
      else if (top?.kind === 'array') top.segment = typeof top.segment === 'number' ? top.segment + 1 : 1;
      at += 1;
    } else if (code === 0x3a) at += 1;
    else {
      // A number, true, false or null: one value, read to its end.
      const found = valueAt(at);
      if (found) return found;
      while (at < text.length && !DELIMITERS.has(text.charCodeAt(at))) at += 1;
    }
  }
  return undefined;
}
