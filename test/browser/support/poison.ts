import type { Profile, Questionnaire } from '../../../src/core';
import type { ComparisonReference } from '../../../src/react';
import { attackVectors } from '../../e2e/support/attackVectors';

/** The vector at `index`, wrapping round the corpus. */
export const vectorAt = (index: number): string => attackVectors[index % attackVectors.length]!;

/**
 * Vectors with no whitespace, as email addresses: the email check (no spaces, an @ and a dotted
 * domain) accepts them, so they reach the answers and the lead instead of stopping at an error.
 */
export const emailVectors: readonly string[] = attackVectors.filter((vector) => !/\s/.test(vector)).map((vector) => `${vector}@evil.example`);

const LOCALE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/**
 * The vectors among the texts a reader of `locale` sees in `value`: of a localised text (an object
 * of locale tags to strings) only that locale's. The bundled assessment has three locales, so its
 * English texts carry only some of the vectors.
 */
export function vectorsShownIn(value: unknown, locale: string): string[] {
  const found = new Set<string>();
  const walk = (item: unknown): void => {
    if (typeof item === 'string') {
      if (attackVectors.includes(item)) found.add(item);
    } else if (Array.isArray(item)) item.forEach(walk);
    else if (item && typeof item === 'object') {
      const entries = Object.entries(item);
      const localised = Object.hasOwn(item, locale) && entries.every(([key, text]) => LOCALE_TAG.test(key) && typeof text === 'string');
      if (localised) walk((item as Record<string, unknown>)[locale]);
      else entries.forEach(([, child]) => walk(child));
    }
  };
  walk(value);
  return attackVectors.filter((vector) => found.has(vector));
}

/**
 * The mini questionnaire with further-reading links on every rule (the fixture has none), whose
 * labels `withVectorsInEveryText` poisons, and no length cap on the text answer, so that a whole
 * vector reaches the answers rather than its first 20 characters.
 */
export function miniWithLinks(base: Questionnaire): Questionnaire {
  return {
    ...base,
    rules: base.rules?.map((rule) => ({
      ...rule,
      // http(s) as the schema demands, but carrying markup that must stay inside the attribute.
      links: [{ label: 'Read more', url: `https://example.com/${rule.id}?q="><svg/onload=window.__pwned(3)>` }],
    })),
    sections: base.sections.map((section) => ({
      ...section,
      questions: section.questions.map((question) => {
        if (question.type !== 'text') return question;
        const { maxLength: _cap, ...uncapped } = question;
        return uncapped;
      }),
    })),
  };
}

/** `javascript:` URLs as a hostile source would spell them: plain, mixed case, padded, split by a tab. */
const SCRIPT_URLS = [vectorAt(4), vectorAt(11), ` ${vectorAt(4)}`, 'java\tscript:window.__pwned(5)', 'data:text/html,<script>parent.__pwned(1)</script>'];

/**
 * A profile as it might arrive from storage or another system, not from `scoreAnswers`: each
 * recommendation links to `javascript:` URLs, each benchmark cites one with vector texts. The views
 * must drop the links and show the texts as text.
 */
export function withScriptUrls(profile: Profile): Profile {
  return {
    ...profile,
    recommendations: profile.recommendations.map((recommendation, index) => ({
      ...recommendation,
      links: [...(recommendation.links ?? []), ...SCRIPT_URLS.map((url, offset) => ({ label: vectorAt(index + offset), url }))],
    })),
    kpis: profile.kpis.map((kpi, index) => ({
      ...kpi,
      benchmark: { min: 1, max: 2, year: 2026, ...kpi.benchmark, url: SCRIPT_URLS[index % SCRIPT_URLS.length], source: vectorAt(index), note: vectorAt(index + 1) },
    })),
  };
}

/** A comparison reference with a vector for the B2B and the B2C line of each row. */
export function poisonedReference(reference: ComparisonReference): ComparisonReference {
  return Object.fromEntries(Object.keys(reference).map((id, index) => [id, { b2b: vectorAt(2 * index), b2c: vectorAt(2 * index + 1) }]));
}
