import { describe, expect, it } from 'vitest';
import { cliCatalogs, cliWordsFor } from '../../src/cli/i18n/cliWords';
import { cliMessagesEn } from '../../src/cli/i18n/cliMessages.en';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map(([, name]) => name).sort().join();

/** Messages with no words of their own, the same in every language. */
const WORDLESS = new Set(['kpi.standing']);

describe('the CLI’s catalogs', () => {
  it.each(['zh-Hant', 'ha'])('have every message in %s, translated, with the same placeholders', (locale) => {
    const catalog = cliCatalogs[locale]!;
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(cliMessagesEn).sort());
    for (const [key, english] of Object.entries(cliMessagesEn)) {
      const text = catalog[key as keyof typeof catalog];
      expect(placeholders(text), key).toBe(placeholders(english));
      if (!WORDLESS.has(key)) expect(text, key).not.toBe(english);
    }
  });

  it('picks the plural form the locale uses, and falls back along the locale chain', () => {
    expect(cliWordsFor('en').count('summary.tierPending', 1)).toBe('Provisional: answer 1 more question for a tier');
    expect(cliWordsFor('en').count('summary.tierPending', 3)).toBe('Provisional: answer 3 more questions for a tier');
    expect(cliWordsFor('ha').count('summary.tierPending', 1)).toBe('Na wucin gadi: ku amsa ƙarin tambaya 1 don samun matsayi');
    expect(cliWordsFor('zh-TW').say('summary.tier')).toBe('等級');
    expect(cliWordsFor('fr').say('summary.tier')).toBe('Tier');
  });
});
