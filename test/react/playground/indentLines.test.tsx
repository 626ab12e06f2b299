import { describe, expect, it } from 'vitest';
import { indentLines } from '../../../src/playground/editor/indentLines';

describe('indentLines', () => {
  it('indents every line the selection touches and keeps the same text selected', () => {
    const edit = indentLines('a\nbc\nd', 3, 4, 'in');
    expect(edit.text).toBe('a\n  bc\nd');
    expect(edit.text.slice(edit.selectionStart, edit.selectionEnd)).toBe('c');
    const block = indentLines('a\nbc\nd', 0, 4, 'in');
    expect(block.text).toBe('  a\n  bc\nd');
    expect(block.text.slice(block.selectionStart, block.selectionEnd)).toBe('a\n  bc');
  });

  it('outdents by at most two spaces, never past the text', () => {
    const edit = indentLines('    a\n b\nc', 0, 10, 'out');
    expect(edit.text).toBe('  a\nb\nc');
    expect(edit.text.slice(edit.selectionStart, edit.selectionEnd)).toBe('  a\nb\nc');
    expect(indentLines('x', 0, 0, 'out').text).toBe('x');
  });
});
