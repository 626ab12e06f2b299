import { describe, expect, it } from 'vitest';
import { playgroundCatalogs, resolvePlaygroundMessages } from '../../../src/playground/i18n/resolvePlaygroundMessages';
import { playgroundMessagesEn } from '../../../src/playground/i18n/playgroundMessages.en';

/** The names a message fills: `{name}` placeholders and `{name, plural, …}` counts, each once (a plural repeats them per branch). */
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)(?:\}|\s*,\s*plural\s*,)/g)].map(([, name]) => name))].sort().join();

describe('the playground’s catalogs', () => {
  it.each(['zh-Hant', 'ha'])('%s has every key, translated, with the English placeholders', (locale) => {
    const catalog = playgroundCatalogs[locale]!;
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(playgroundMessagesEn).sort());
    for (const [key, english] of Object.entries(playgroundMessagesEn)) {
      const text = catalog[key as keyof typeof catalog];
      expect(placeholders(text), key).toBe(placeholders(english));
      expect(text, `${key} is not translated`).not.toBe(english);
    }
  });

  it('follows the locale’s fallback chain and puts the host’s words on top', () => {
    expect(resolvePlaygroundMessages('zh-TW')['issues.title']).toBe('問題');
    expect(resolvePlaygroundMessages('fr')['issues.title']).toBe('Issues');
    expect(resolvePlaygroundMessages('ha', { 'issues.title': 'Kurakurai' })).toMatchObject({ 'issues.title': 'Kurakurai', 'preview.title': 'Hangen farko' });
  });
});
