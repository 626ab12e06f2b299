import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../src/core';
import { reasonCatalogs, reasonMessagesEn } from '../../../src/core/explain';
import { bundledUiCatalogs, describeReasons, resolveUiMessages } from '../../../src/react';
import { answer, explainQuestionnaire, held } from './explainFixture';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map(([, name]) => name).sort().join();

describe('reason catalogs', () => {
  it.each(['zh-Hant', 'ha'])('has every sentence in %s, translated, with the same placeholders', (locale) => {
    const catalog = reasonCatalogs[locale]!;
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(reasonMessagesEn).sort());
    for (const [key, english] of Object.entries(reasonMessagesEn)) {
      const text = catalog[key as keyof typeof catalog];
      expect(placeholders(text), key).toBe(placeholders(english));
      // Hausa quotes as English does: the quoted-option pattern is punctuation, not words to translate.
      if (!(locale === 'ha' && key === 'recommendations.reason.option')) expect(text, key).not.toBe(english);
    }
  });

  it.each(['en', 'zh-Hant', 'ha'])('is the one source of the React kit’s reason sentences in %s', (locale) => {
    const ui = bundledUiCatalogs[locale]!;
    for (const [key, text] of Object.entries(reasonCatalogs[locale]!)) expect(ui[key as keyof typeof ui], key).toBe(text);
  });

  it('lets a host reword a sentence through the React messages', () => {
    // Only the profile's KPI units are read; the fixture is a questionnaire for words, not for scoring.
    const profile = { kpis: [] } as unknown as Profile;
    const messages = resolveUiMessages('en', { 'recommendations.reason.answer': 'Answer to {question}: {value}' });
    const reasons = [answer('market', 'b2b', 'equals "b2b"', held('equals', 'b2b'))];
    expect(describeReasons(reasons, { profile, questionnaire: explainQuestionnaire, messages, locale: 'en' })).toEqual([
      'Answer to Who do you mainly sell to?: Businesses',
    ]);
  });
});
