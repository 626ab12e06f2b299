/*
 * SVG text does not wrap, and a server has no fonts to measure with: these estimate a text's width
 * from its characters, generously, so that a layout made from them leaves room rather than overlaps.
 */

/** Characters a line may break between without a space: Han, kana, Hangul and full-width forms. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
/** Closing punctuation of those scripts, which never starts a line. */
const CLOSING = /[、。，．：；！？）」』】〉》〕]/u;
const NARROW = /[\s.,:;'’!|()[\]fijlrtI-]/u;
const BROAD = /[mwMW@%]/u;
/** Direction marks and other format characters, which take no room. */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/u;

/** The width of one character in em, generous for common sans-serif fonts. */
function charWidth(char: string): number {
  if (INVISIBLE.test(char)) return 0;
  if (WIDE.test(char)) return 1;
  if (NARROW.test(char)) return 0.36;
  if (BROAD.test(char)) return 0.92;
  if (/[A-Z0-9]/u.test(char)) return 0.7;
  return 0.6;
}

/**
 * The estimated width of `text` in px at `fontSize` px; bold text is taken as a little wider.
 * @example estimateTextWidth('Measurement', 14) // ≈ 87
 */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const char of text) em += charWidth(char);
  return em * fontSize * (bold ? 1.08 : 1);
}

/** A piece a line may break after, and whether a space separates it from the piece before. */
interface Piece {
  text: string;
  spaced: boolean;
}

/** Splits a label into the pieces a line may break between: words at spaces, and each wide character. */
function pieces(label: string): Piece[] {
  const result: Piece[] = [];
  let spaced = false;
  for (const word of label.split(/(\s+)/u)) {
    if (!word) continue;
    if (/^\s+$/u.test(word)) {
      spaced = true;
      continue;
    }
    let run = '';
    const flush = () => {
      if (run) result.push({ text: run, spaced });
      run = '';
      spaced = false;
    };
    for (const char of word) {
      if (WIDE.test(char) && !CLOSING.test(char)) {
        flush();
        run = char;
        flush();
      } else if (CLOSING.test(char) && !run && result.length > 0 && !spaced) {
        // Closing punctuation stays at the end of the character before it.
        const last = result[result.length - 1]!;
        last.text += char;
      } else run += char;
    }
    flush();
  }
  return result;
}

/**
 * Breaks `label` into lines no wider than `maxWidth` px at `fontSize` px: at spaces, and between
 * Chinese or Japanese characters, which have none. A word wider than the line gets a line of its own.
 * @example wrapToWidth('Community and information sharing', 100, 14) // ['Community and', 'information', 'sharing']
 */
export function wrapToWidth(label: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces(label)) {
    const joined = line ? `${line}${piece.spaced ? ' ' : ''}${piece.text}` : piece.text;
    if (line && estimateTextWidth(joined, fontSize) > maxWidth) {
      lines.push(line);
      line = piece.text;
    } else line = joined;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/** The width of the widest piece of `label` that no line can break, in px at `fontSize` px. */
export function widestUnbreakable(label: string, fontSize: number): number {
  return Math.max(0, ...pieces(label).map((piece) => estimateTextWidth(piece.text, fontSize)));
}

/**
 * As `wrapToWidth`, in as many lines, but with lines as even as they can be (as CSS
 * `text-wrap: balance`), so that no line is left with a lone word or character.
 * @example wrapBalanced('平台與進駐', 60, 12.8) // ['平台與', '進駐'] rather than ['平台與進', '駐']
 */
export function wrapBalanced(label: string, maxWidth: number, fontSize: number): string[] {
  const greedy = wrapToWidth(label, maxWidth, fontSize);
  if (greedy.length < 2) return greedy;
  // The narrowest width that still needs no more lines: found by halving, to a tenth of a pixel.
  let low = widestUnbreakable(label, fontSize);
  let high = maxWidth;
  while (high - low > 0.1) {
    const middle = (low + high) / 2;
    if (wrapToWidth(label, middle, fontSize).length <= greedy.length) high = middle;
    else low = middle;
  }
  return wrapToWidth(label, high, fontSize);
}
