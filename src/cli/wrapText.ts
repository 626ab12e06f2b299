import { textWidth } from './formatColumns';

// No line may start with closing punctuation or end with opening punctuation (CJK line-breaking rules).
const CLOSING = /[，。、；：！？」』）》〉】〕,.;:!?)\]}”’%]/u;
const OPENING = /[「『（《〈【〔(\[{“‘]/u;

interface Atom {
  text: string;
  width: number;
  spaceBefore: boolean;
}

/** Splits a paragraph into the pieces a line may break between: words, and single CJK characters with their punctuation. */
function atomsOf(paragraph: string): Atom[] {
  const atoms: Atom[] = [];
  let current = '';
  let last = '';
  let spaceBefore = false;
  const flush = () => {
    if (current) atoms.push({ text: current, width: textWidth(current), spaceBefore });
    current = '';
    spaceBefore = false;
  };
  for (const char of paragraph) {
    if (/\s/u.test(char)) {
      flush();
      spaceBefore = atoms.length > 0;
      last = '';
      continue;
    }
    const joins = current !== '' && (CLOSING.test(char) || OPENING.test(last));
    // CJK text has no spaces: a line may break before or after any wide character.
    const breaks = current !== '' && !joins && (textWidth(char) === 2 || textWidth(last) === 2);
    if (breaks) flush();
    current += char;
    last = char;
  }
  flush();
  return atoms;
}

/**
 * Wraps text to `width` terminal cells: at spaces, and between CJK characters, never inside a word
 * (a word longer than the line overflows rather than being cut). Lines after the first start with
 * `indent` too, so a paragraph hangs under its bullet.
 * @example wrapText('a b c', 3, '') // ['a b', 'c']
 */
export function wrapText(text: string, width: number, indent: string): string[] {
  const room = Math.max(1, width - textWidth(indent));
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let used = 0;
    for (const atom of atomsOf(paragraph)) {
      const gap = atom.spaceBefore && line ? 1 : 0;
      if (line && used + gap + atom.width > room) {
        lines.push(line);
        line = atom.text;
        used = atom.width;
      } else {
        line += (gap ? ' ' : '') + atom.text;
        used += gap + atom.width;
      }
    }
    lines.push(line);
  }
  return lines.map((line) => (line ? indent + line : line));
}
