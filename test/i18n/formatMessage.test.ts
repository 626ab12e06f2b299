import { describe, expect, it } from 'vitest';
import { bundledUiCatalogs, formatMessage, resolveUiMessages, uiMessagesEn, type UiMessages } from '../../src/react';

/** A catalog with one message replaced, as a host's override gives it. */
const withMessage = (text: string): UiMessages => ({ ...uiMessagesEn, 'wizard.errorSummary': text });

describe('formatMessage', () => {
  it.each([
    ['en', 0, 'Please check 0 answers on this step.'],
    ['en', 1, 'Please check 1 answer on this step.'],
    ['en', 2, 'Please check 2 answers on this step.'],
    ['ha', 1, 'Da fatan za ku duba amsa 1 a wannan mataki.'],
    ['ha', 3, 'Da fatan za ku duba amsoshi 3 a wannan mataki.'],
    ['zh-Hant', 1, '請檢查此步驟中的 1 個答案。'],
    ['zh-Hant', 3, '請檢查此步驟中的 3 個答案。'],
  ])('says the count in real plural forms: %s, %i', (locale, count, expected) => {
    expect(formatMessage(resolveUiMessages(locale), 'wizard.errorSummary', { count }, locale)).toBe(expected);
  });

  it('fills placeholders inside a plural’s branches, and a `#` in a filled value stays as it is', () => {
    const messages = resolveUiMessages('en');
    expect(formatMessage(messages, 'resume.descriptionDated', { count: 1, date: '3 May 2026' }, 'en')).toBe(
      'You have 1 answer saved on 3 May 2026. Pick up where you left off?',
    );
    expect(formatMessage(withMessage('{count, plural, other {# for {name}}}'), 'wizard.errorSummary', { count: 3, name: '#1 brand' }, 'en')).toBe('3 for #1 brand');
  });

  it('picks the locale’s own plural category, for a host catalog in a language with more than two forms', () => {
    const polish = withMessage('{count, plural, one {# pytanie} few {# pytania} many {# pytań} other {# pytania}}');
    expect([1, 2, 5, 22].map((count) => formatMessage(polish, 'wizard.errorSummary', { count }, 'pl'))).toEqual(['1 pytanie', '2 pytania', '5 pytań', '22 pytania']);
  });

  it('prefers an exact `=n` branch, and reads a count given as text', () => {
    const exact = withMessage('{count, plural, =0 {Nothing to check.} one {# answer} other {# answers}}');
    expect(formatMessage(exact, 'wizard.errorSummary', { count: 0 }, 'en')).toBe('Nothing to check.');
    expect(formatMessage(exact, 'wizard.errorSummary', { count: '1' }, 'en')).toBe('1 answer');
    // A figure already formatted with grouping is not a plain number: it takes `other`.
    expect(formatMessage(exact, 'wizard.errorSummary', { count: '1,350' }, 'en')).toBe('1,350 answers');
  });

  it('keeps a host’s override working, plural or not', () => {
    expect(formatMessage(withMessage('{count} answer(s) to check'), 'wizard.errorSummary', { count: 2 }, 'en')).toBe('2 answer(s) to check');
    expect(formatMessage(resolveUiMessages('en', { 'kpiPreview.pending': 'Noch {missing, plural, one {eine Zahl} other {# Zahlen}}' }), 'kpiPreview.pending', { missing: 1 }, 'de')).toBe('Noch eine Zahl');
  });

  it('leaves what it cannot fill as written, so a gap shows rather than the sentence breaking', () => {
    const fill = (text: string) => formatMessage(withMessage(text), 'wizard.errorSummary', { count: 2 }, 'en');
    expect(fill('Check {unknown} now')).toBe('Check {unknown} now');
    expect(fill('{missing, plural, one {#} other {#s}} left')).toBe('{missing, plural, one {#} other {#s}} left');
    expect(fill('{count, plural, one {# answer}} left')).toBe('{count, plural, one {# answer}} left');
    expect(fill('a { stray brace and {count}')).toBe('a { stray brace and 2');
    expect(fill('{{count}}')).toBe('{2}');
  });

  it.each(Object.keys(bundledUiCatalogs))('fills every plural of the %s catalog for 0, 1, 2 and 5, leaving no syntax behind', (locale) => {
    const messages = resolveUiMessages(locale);
    const plurals = (Object.keys(messages) as (keyof UiMessages)[]).filter((key) => /\{\w+\s*,\s*plural\s*,/.test(messages[key]));
    expect(plurals.length).toBeGreaterThan(0);
    for (const key of plurals) {
      const names = [...messages[key].matchAll(/\{(\w+)(?=[},])/g)].map(([, name]) => name!);
      for (const count of [0, 1, 2, 5]) {
        const text = formatMessage(messages, key, Object.fromEntries(names.map((name) => [name, count])), locale);
        expect(text, `${key} for ${count}`).not.toMatch(/[{}#]|plural/);
      }
    }
  });
});

describe('the English words', () => {
  it('hold no developer wording: no "(s)", no null or undefined, no code words', () => {
    const developerWords = /\(s\)|\bnull\b|\bundefined\b|divide by zero|\bpp\b|\bNaN\b|\w+_\w+/;
    const flagged = Object.entries(uiMessagesEn).filter(([, text]) => developerWords.test(text));
    expect(flagged).toEqual([]);
  });
});
