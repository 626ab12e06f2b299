import { describe, expect, it } from 'vitest';
import { issueMessagesHa, LIMITS } from '../../src/core';
import { checkDefinitionText } from '../../src/playground/validation/checkDefinitionText';
import { miniQuestionnaire } from '../fixtures/miniQuestionnaire';

/*
 * The playground's check of a definition's text under hostile input: jsonc-parser recurses once per
 * level, so a deep text used to throw a RangeError out of it; now every depth is one located
 * `too_deep` issue, and every list of issues is cut to `LIMITS.maxIssues` and one `more_issues`.
 */

const MAX = LIMITS.maxDepth;
const LEAF = '{"question":"market","equals":"b2b"}';

/** The mini definition's text, pretty-printed, with `rules[0].when` nested `depth` levels on one line. */
function deepRuleText(kind: 'not' | 'all', depth: number): string {
  const base = { ...miniQuestionnaire(), rules: [{ id: 'deep', priority: 'high', title: 't', body: 'b', when: 0 }] };
  const [open, close] = kind === 'not' ? ['{"not":', '}'] : ['{"all":[', ']}'];
  return JSON.stringify(base, null, 2).replace('"when": 0', `"when": ${open.repeat(depth)}${LEAF}${close.repeat(depth)}`);
}

describe('checkDefinitionText on deep text', () => {
  it.each([
    ['not', 5_001],
    ['not', 100_000],
    ['all', 5_001],
    ['all', 100_000],
  ] as const)('reports a {%s} condition nested %i levels as one too_deep issue, located, without throwing', (kind, depth) => {
    const text = deepRuleText(kind, depth);
    const check = checkDefinitionText(text);
    const path = kind === 'not' ? `rules[0].when${'.not'.repeat(MAX - 2)}` : `rules[0].when${'.all[0]'.repeat((MAX - 2) / 2)}`;
    expect(check.result.ok).toBe(false);
    expect(check.issues).toHaveLength(1);
    const [{ issue, location }] = check.issues as [(typeof check.issues)[0]];
    expect(issue).toMatchObject({ code: 'too_deep', path, params: { maximum: MAX } });
    // The item that goes past the limit: its line is the `"when"` line, and its text starts there.
    expect(location.line).toBe(text.slice(0, text.indexOf('"when"')).split('\n').length);
    expect(text.slice(location.offset)).toMatch(kind === 'not' ? /^"not":/ : /^\{"all":/);
    expect(check.result.issues).toEqual([issue]);
  }, 30_000);

  it('reports deep nested arrays the same way, in the catalog’s language', () => {
    const text = `{"locales": ${'['.repeat(100_000)}"en"${']'.repeat(100_000)}}`;
    const check = checkDefinitionText(text, issueMessagesHa);
    expect(check.issues.map(({ issue }) => [issue.code, issue.path, issue.message])).toEqual([
      ['too_deep', `locales${'[0]'.repeat(MAX)}`, `ya zurfafa fiye da mataki ${MAX}`],
    ]);
  });
});

describe('checkDefinitionText on many issues', () => {
  it('lists 100 of 100,000 empty sections, then how many more, pointing the count at the start', () => {
    const sections = Array.from({ length: 100_000 }, (_, index) => ({ id: `s${index}`, title: 'Empty', questions: [] }));
    const check = checkDefinitionText(JSON.stringify({ ...miniQuestionnaire(), sections }));
    expect(check.issues).toHaveLength(101);
    expect(check.issues[0]!.issue).toMatchObject({ code: 'too_small', path: 'sections[0].questions' });
    expect(check.issues[0]!.location.exact).toBe(true);
    expect(check.issues[100]).toMatchObject({ issue: { code: 'more_issues', params: { count: 99_900 } }, location: { offset: 0, line: 1, column: 1 } });
    expect(check.result.issues).toHaveLength(101);
  }, 30_000);

  it('lists 100 of the 2.5 million syntax errors in 5 MB of garbage, then how many more', () => {
    // Two errors a symbol: an invalid one, and the value it is not.
    const garbage = `[${'@,'.repeat(2_500_000)}]`;
    const check = checkDefinitionText(garbage);
    expect(check.issues).toHaveLength(101);
    expect(check.issues.slice(0, 100).every(({ issue, syntaxError }) => issue.code === 'invalid_json' && syntaxError !== undefined)).toBe(true);
    expect(check.issues[0]!.location).toMatchObject({ line: 1, column: 2 });
    expect(check.issues[100]).toMatchObject({ issue: { code: 'more_issues', params: { count: 5_000_001 - 100 } }, location: { offset: 0 } });
  }, 30_000);

  it('names 1e999 as not_finite and a repeated locale as duplicate_locale, each located', () => {
    const text = JSON.stringify(miniQuestionnaire(), null, 2).replace('"locales": [\n    "en"\n  ]', '"locales": ["en", "EN"]').replace('"weight": 3', '"weight": 1e999');
    const check = checkDefinitionText(text);
    expect(check.issues.map(({ issue, location }) => [issue.code, issue.path, text.slice(location.offset, location.offset + 8)])).toEqual([
      ['not_finite', 'dimensions[1].weight', '"weight"'],
    ]);
    const locales = checkDefinitionText(text.replace('1e999', '3'));
    expect(locales.issues.map(({ issue, location }) => [issue.code, issue.path, text.slice(location.offset, location.offset + 4)])).toEqual([
      ['duplicate_locale', 'locales[1]', '"EN"'],
    ]);
  });
});
