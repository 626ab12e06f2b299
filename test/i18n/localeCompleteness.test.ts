import { describe, expect, it } from 'vitest';
import {
  buildAssessment,
  comparisonReference,
  networkRings,
  socialMediaStructure,
  socialMediaTextCatalogs,
  type TextCatalog,
} from '../../src/content/social-media';
import { bundledUiCatalogs, bundledUiLocales, uiMessagesEn } from '../../src/react';

/** The kit's locales: every catalog, UI and content, must have each of them, complete. */
const KIT_LOCALES = ['en', 'zh-Hant', 'ha'];

/**
 * Texts that stay as they are in every language: brand names, and a figure with its unit symbol.
 * Anything else equal to the English is a text someone forgot to translate.
 */
const SAME_IN_EVERY_LANGUAGE = new Set([
  'question.platforms_used.option.linkedin',
  'question.platforms_used.option.youtube',
  'question.platforms_used.option.instagram',
  'question.platforms_used.option.tiktok',
  'question.platforms_used.option.facebook',
  'question.platforms_used.option.x',
  'question.platforms_used.option.whatsapp',
  'question.platforms_used.option.line',
  // The pattern that quotes an option's label in a reason: Hausa quotes as English does.
  'recommendations.reason.option',
]);

/** The names a message fills: `{name}` placeholders and `{name, plural, …}` counts, each once (a plural repeats them per branch). */
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)(?:\}|\s*,\s*plural\s*,)/g)].map(([, name]) => name))].sort();

/** Every problem of `catalog` against the English one: missing, extra, placeholders changed, untranslated. */
function catalogProblems(catalog: Readonly<Record<string, string>>, english: Readonly<Record<string, string>>): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(english)) {
    const text = catalog[key];
    if (text === undefined) problems.push(`missing ${key}`);
    else if (placeholders(text).join() !== placeholders(english[key]!).join()) problems.push(`placeholders of ${key}: ${text}`);
    else if (text.trim() === '') problems.push(`empty ${key}`);
    else if (text === english[key] && !SAME_IN_EVERY_LANGUAGE.has(key)) problems.push(`untranslated ${key}: ${text}`);
  }
  for (const key of Object.keys(catalog)) if (!Object.hasOwn(english, key)) problems.push(`extra ${key}`);
  return problems;
}

describe('locale completeness', () => {
  it('bundles the UI words and the assessment in each of the kit’s locales', () => {
    expect([...bundledUiLocales].sort()).toEqual([...KIT_LOCALES].sort());
    expect(Object.keys(socialMediaTextCatalogs).sort()).toEqual([...KIT_LOCALES].sort());
  });

  it.each(KIT_LOCALES.filter((locale) => locale !== 'en'))('has every UI word in %s, translated, with the same placeholders', (locale) => {
    expect(catalogProblems(bundledUiCatalogs[locale] as Record<string, string>, uiMessagesEn as unknown as Record<string, string>)).toEqual([]);
  });

  it.each(KIT_LOCALES.filter((locale) => locale !== 'en'))('has every text of the bundled assessment in %s, translated', (locale) => {
    const english = socialMediaTextCatalogs.en as TextCatalog;
    expect(catalogProblems(socialMediaTextCatalogs[locale]!, english)).toEqual([]);
  });

  it('builds the assessment with no text missing or unused in any locale', () => {
    const { texts } = buildAssessment(socialMediaStructure, socialMediaTextCatalogs);
    for (const locale of KIT_LOCALES) {
      expect(texts.missing[locale] ?? [], `missing in ${locale}`).toEqual([]);
      expect(texts.unused[locale] ?? [], `unused in ${locale}`).toEqual([]);
    }
  });

  it('has the comparison table’s reference columns and the network rings in every locale, translated', () => {
    const texts = [
      ...Object.values(comparisonReference).flatMap((row) => [row.b2b, row.b2c]),
      ...networkRings.flatMap((ring) => [ring.label, ring.description]),
    ];
    for (const text of texts) {
      expect(typeof text === 'object' ? Object.keys(text).sort() : [], JSON.stringify(text)).toEqual([...KIT_LOCALES].sort());
      const byLocale = text as Record<string, string>;
      for (const locale of KIT_LOCALES.filter((candidate) => candidate !== 'en')) expect(byLocale[locale]).not.toBe(byLocale.en);
    }
  });
});

