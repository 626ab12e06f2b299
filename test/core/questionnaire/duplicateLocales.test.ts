import { describe, expect, it } from 'vitest';
import { negotiateLocale, parseQuestionnaire } from '../../../src/core';
import { miniQuestionnaire } from '../../fixtures/miniQuestionnaire';

const withLocales = (locales: string[]) => ({ ...miniQuestionnaire(), locales });
const codesAndPaths = (locales: string[]) => parseQuestionnaire(withLocales(locales)).issues.map(({ code, path, params }) => ({ code, path, params }));

describe('duplicate locales', () => {
  it('rejects a locale listed twice, at the second, naming the first', () => {
    const result = parseQuestionnaire(withLocales(['en', 'en']));
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'duplicate_locale', path: 'locales[1]', params: { locale: 'en', firstPath: 'locales[0]' }, message: 'locale "en" is already listed at locales[0]' }),
    ]);
  });

  it('compares tags ignoring case, as negotiateLocale matches them, so the second spelling could never be chosen', () => {
    expect(negotiateLocale('zh-hant', ['zh-Hant', 'zh-hant'])).toBe('zh-Hant');
    expect(codesAndPaths(['en', 'zh-Hant', 'ha', 'zh-hant', 'EN'])).toEqual([
      { code: 'duplicate_locale', path: 'locales[3]', params: { locale: 'zh-hant', firstPath: 'locales[1]' } },
      { code: 'duplicate_locale', path: 'locales[4]', params: { locale: 'EN', firstPath: 'locales[0]' } },
    ]);
  });

  it('points every repeat at the first listing', () => {
    expect(codesAndPaths(['ha', 'en', 'ha', 'ha']).map(({ path, params }) => [path, params.firstPath])).toEqual([
      ['locales[2]', 'locales[0]'],
      ['locales[3]', 'locales[0]'],
    ]);
  });

  it('accepts distinct locales, regions of one language included', () => {
    expect(parseQuestionnaire(withLocales(['en', 'en-GB', 'zh-Hant', 'zh-Hans', 'ha'])).issues).toEqual([]);
  });

  it('reports 200,000 copies of one locale as the first 100 repeats and a count of the rest', () => {
    const { issues } = parseQuestionnaire(withLocales(Array<string>(200_000).fill('en')));
    expect(issues).toHaveLength(101);
    expect(issues.slice(0, 100).every((issue, index) => issue.code === 'duplicate_locale' && issue.path === `locales[${index + 1}]`)).toBe(true);
    expect(issues[100]).toMatchObject({ code: 'more_issues', path: '', params: { count: 199_999 - 100 } });
  });
});
