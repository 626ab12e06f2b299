import { selectPlural } from './selectPlural';
import type { MessageValues } from './uiMessages.types';

/** The body of a plural argument: `count, plural, one {…} other {…}`. */
const PLURAL = /^\s*(\w+)\s*,\s*plural\s*,([\s\S]*)$/;

/** The index of the `}` that closes the `{` at `open`, or -1 when it is never closed. */
function closingBrace(pattern: string, open: number): number {
  let depth = 0;
  for (let index = open; index < pattern.length; index += 1) {
    if (pattern[index] === '{') depth += 1;
    else if (pattern[index] === '}' && --depth === 0) return index;
  }
  return -1;
}

/** The branches of a plural's body (` one {…} other {…}`) by selector, or null when malformed. */
function pluralBranches(body: string): Record<string, string> | null {
  const branches: Record<string, string> = {};
  let index = 0;
  while (index < body.length) {
    const selector = /^\s*(=-?\d+(?:\.\d+)?|[a-z]+)\s*\{/.exec(body.slice(index));
    if (!selector) return body.slice(index).trim() === '' ? branches : null;
    const open = index + selector[0].length - 1;
    const close = closingBrace(body, open);
    if (close === -1) return null;
    branches[selector[1]!] = body.slice(open + 1, close);
    index = close + 1;
  }
  return branches;
}

/** One `{…}` argument filled, or null to leave it as written. */
function fillArgument(body: string, values: MessageValues, locale: string): string | null {
  const simple = /^(\w+)$/.exec(body);
  if (simple) return Object.hasOwn(values, simple[1]!) ? String(values[simple[1]!]) : null;
  const plural = PLURAL.exec(body);
  if (!plural || !Object.hasOwn(values, plural[1]!)) return null;
  const branches = pluralBranches(plural[2]!);
  const value = values[plural[1]!]!;
  const branch = branches && selectPlural(branches, value, locale);
  return branch === undefined || branch === null ? null : fillPattern(branch, values, locale, String(value));
}

/**
 * Fills a message pattern: `{name}` takes the value as given, and `{name, plural, one {# answer}
 * other {# answers}}` picks the branch for the value in the locale's plural rules (`=0`, `=1`, … exact
 * branches first), with `#` standing for the value. An argument it cannot fill (an unknown name, a
 * malformed plural) stays as written, so a gap shows rather than the sentence breaking. A subset of
 * ICU MessageFormat: no `select`, no apostrophe quoting. `count` is what `#` stands for, within a branch.
 * @example fillPattern('{count, plural, one {# answer} other {# answers}}', { count: 2 }, 'en') // '2 answers'
 */
export function fillPattern(pattern: string, values: MessageValues, locale: string, count?: string): string {
  // Inside a plural's branch, `#` in the branch's own text is the count; filled values are never read again.
  const text = (literal: string) => (count === undefined ? literal : literal.replaceAll('#', count));
  let filled = '';
  let index = 0;
  while (index < pattern.length) {
    const open = pattern.indexOf('{', index);
    if (open === -1) break;
    filled += text(pattern.slice(index, open));
    const close = closingBrace(pattern, open);
    const body = close === -1 ? '' : pattern.slice(open + 1, close);
    const argument = close === -1 ? null : fillArgument(body, values, locale);
    if (argument !== null) {
      filled += argument;
      index = close + 1;
    } else if (close !== -1 && PLURAL.test(body)) {
      filled += pattern.slice(open, close + 1);
      index = close + 1;
    } else {
      // A stray brace is text: keep it and read on, so `{{name}}` still fills its inner placeholder.
      filled += '{';
      index = open + 1;
    }
  }
  return filled + text(pattern.slice(index));
}
