/** A 1-based line and column in a text. */
export interface TextPosition {
  /** 1-based line. */
  line: number;
  /** 1-based column, in UTF-16 code units as a textarea counts them. */
  column: number;
}

/** The offset each line starts at: `[0, …]`, one entry per line. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

/**
 * The line and column of an offset.
 * @example positionAt(lineStarts('a\nbc'), 3) // { line: 2, column: 2 }
 */
export function positionAt(starts: readonly number[], offset: number): TextPosition {
  // Binary search: the last line starting at or before the offset.
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - starts[low]! + 1 };
}

/** Where a line's text ends, before its line break. */
export function lineEnd(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end === -1 ? text.length : end;
}
