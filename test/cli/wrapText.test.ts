import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/cli/formatColumns';
import { wrapText } from '../../src/cli/wrapText';

describe('wrapText', () => {
  it('breaks at spaces, hangs every line under the indent, and never cuts a word', () => {
    const lines = wrapText('The quick brown fox jumps over the lazy dog', 20, '  ');
    expect(lines).toEqual(['  The quick brown', '  fox jumps over the', '  lazy dog']);
    expect(wrapText('supercalifragilistic word', 10, '')).toEqual(['supercalifragilistic', 'word']);
  });

  it('breaks between CJK characters, in terminal cells, keeping closing punctuation on its line', () => {
    const lines = wrapText('您在「貴公司主要的銷售對象是誰？」回答了「企業」。', 20, '');
    expect(lines.every((line) => textWidth(line) <= 20)).toBe(true);
    expect(lines.join('')).toBe('您在「貴公司主要的銷售對象是誰？」回答了「企業」。');
    for (const line of lines.slice(1)) expect(line).not.toMatch(/^[，。、」）？]/u);
    for (const line of lines) expect(line).not.toMatch(/「$/u);
  });

  it('keeps paragraphs apart', () => {
    expect(wrapText('one\ntwo', 80, '> ')).toEqual(['> one', '> two']);
  });
});
