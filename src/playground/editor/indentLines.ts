/** The editor's text and selection after an edit. */
export interface TextEdit {
  text: string;
  selectionStart: number;
  selectionEnd: number;
}

const INDENT = '  ';

/**
 * Indents (`in`) or outdents (`out`) by two spaces every line the selection touches, keeping the
 * selection on the same text.
 * @example indentLines('a\nb', 0, 3, 'in') // { text: '  a\n  b', selectionStart: 2, selectionEnd: 7 }
 */
export function indentLines(text: string, selectionStart: number, selectionEnd: number, direction: 'in' | 'out'): TextEdit {
  const first = text.lastIndexOf('\n', selectionStart - 1) + 1;
  // A selection ending just after a line break does not take in the next line.
  const last = selectionEnd > selectionStart && text[selectionEnd - 1] === '\n' ? selectionEnd - 1 : selectionEnd;
  const next = text.indexOf('\n', last);
  const endOfBlock = next === -1 ? text.length : next;
  // Each line's start (in the old text) and how many characters it gains (+) or loses (−) there.
  const edits: { start: number; delta: number }[] = [];
  const lines = text.slice(first, endOfBlock).split('\n');
  let start = first;
  const changed = lines.map((line) => {
    const removable = Math.min(INDENT.length, line.length - line.trimStart().length);
    edits.push({ start, delta: direction === 'in' ? INDENT.length : -removable });
    start += line.length + 1;
    return direction === 'in' ? INDENT + line : line.slice(removable);
  });
  const map = (offset: number) => {
    let moved = offset;
    for (const edit of edits) {
      if (offset < edit.start) break;
      // An offset inside removed spaces lands where they began.
      moved += edit.delta >= 0 ? edit.delta : -Math.min(-edit.delta, offset - edit.start);
    }
    return moved;
  };
  return { text: text.slice(0, first) + changed.join('\n') + text.slice(endOfBlock), selectionStart: map(selectionStart), selectionEnd: map(selectionEnd) };
}
