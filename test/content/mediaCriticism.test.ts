import { describe, expect, it } from 'vitest';
import type { Condition, LocalisedText } from '../../src/core/questionnaire/questionnaire.types';
import { socialMediaAssessment } from '../../src/content/social-media';
import { readSeed, SEEDS } from './seedEvidence';

/*
 * Seed 2 criticises B2B marketers who treat social media as "another marketing communication
 * channel" (將社群媒體視為另一個行銷溝通的管道) and answer "media" (答案會是媒體) when asked whether
 * community or media matters more. That criticism is about B2B practice; said to a consumer seller,
 * or in a tier that consumer sellers reach, it would condemn the practice seed 1 recommends to them.
 */
const SEED_PHRASES = ['將社群媒體視為另一個行銷溝通的管道', '答案會是媒體'];

/** The criticism as the catalogs have rendered it, per locale. */
const CRITICISM: Record<string, RegExp> = {
  en: /media channel|not media|channel for broadcasting|as if social media were/i,
  'zh-Hant': /媒體管道|溝通的?管道|視為另一個|只是另一個/,
  ha: /kafar watsa labarai/i,
};

const inAllLocales = (text: LocalisedText | undefined): [string, string][] =>
  typeof text === 'string' ? [['en', text]] : Object.entries(text ?? {});

const readsConsumerMarket = (condition: Condition): boolean => {
  if ('all' in condition) return condition.all.some(readsConsumerMarket);
  if ('any' in condition) return condition.any.some(readsConsumerMarket);
  if ('not' in condition) return false;
  return 'question' in condition && condition.question === 'market' && condition.equals === 'b2c';
};

const consumerRules = (socialMediaAssessment.rules ?? []).filter((rule) => readsConsumerMarket(rule.when));

describe("seed 2's criticism of media-style B2B marketing", () => {
  it('is quoted from the seed as it stands', () => {
    const seed = readSeed(SEEDS.socialBusinessNetwork);
    for (const phrase of SEED_PHRASES) expect(seed).toContain(phrase);
  });

  it('finds the consumer rules it checks', () => {
    expect(consumerRules.map((rule) => rule.id)).toEqual(
      expect.arrayContaining(['align_practice_with_consumers', 'use_visual_platforms', 'lead_with_emotion', 'track_reach_and_sales']),
    );
  });

  it.each(Object.keys(CRITICISM))('appears in no tier text in %s', (locale) => {
    for (const tier of socialMediaAssessment.tiers)
      for (const [textLocale, text] of [...inAllLocales(tier.label), ...inAllLocales(tier.description)])
        if (textLocale === locale) expect(text, `tier ${tier.id} (${locale})`).not.toMatch(CRITICISM[locale]!);
  });

  it.each(Object.keys(CRITICISM))('appears in no text of a rule for consumer sellers in %s', (locale) => {
    for (const rule of consumerRules)
      for (const [textLocale, text] of [...inAllLocales(rule.title), ...inAllLocales(rule.body), ...inAllLocales(rule.source)])
        if (textLocale === locale) expect(text, `rule ${rule.id} (${locale})`).not.toMatch(CRITICISM[locale]!);
  });
});
