import type { ComparisonReference } from '../../../core/reference/reference.types';
import { localisedField, type TextsByLocale } from './localisedField';
import { comparisonReferenceTextsHa } from './referenceTexts.ha';
import { comparisonReferenceTextsZhHant } from './referenceTexts.zh-Hant';

/*
 * Text-free structure: which dimensions have a reference row, in the wizard's order. The B2B column
 * follows seed 1 (audience, goals, platforms, content, proof, measurement: its differences 1.1–1.9
 * and its social-proof takeaway, numbered as in docs/content-traceability.md) and seed 2 (network,
 * community, relationships, organisation: the social business network, its rings and practices 1–5).
 * The B2C column says only what seed 1 says consumer marketing does (reach, emotion and urgency,
 * entertaining content, visual platforms, quick decisions, direct sales). It never uses seed 2's
 * criticism of B2B marketers who treat social media as media ("just another marketing communication
 * channel", gamification), which is about B2B practice done badly, not about consumer marketing.
 * Each B2C cell names the seed 1 sentences it rests on; test/content/referenceHonesty.test.ts checks
 * them against the seed file.
 */
const referenceDimensions = [
  'audience',
  'goals',
  'platforms',
  'content',
  'proof',
  'network',
  'community',
  'relationships',
  'measurement',
  'organisation',
] as const;

type ReferenceDimension = (typeof referenceDimensions)[number];

/** The English words of each row. */
const referenceTextsEn: Record<ReferenceDimension, { b2b: string; b2c: string }> = {
  // B2B: seed 1, 1.1. B2C: 1.1 ("individual consumers … emotion and urgency") and 1.5 (quick decisions).
  audience: {
    b2b: 'Professionals in set roles; several people decide, logically and in stages.',
    b2c: 'Individual consumers, drawn in by emotion and urgency, who decide quickly.',
  },
  // Seed 1: 1.3 and 1.5 on both sides (goals, sales cycle).
  goals: {
    b2b: 'Authority and lasting relationships, over a long sales cycle built on trust.',
    b2c: 'Quick engagement and direct conversion, over a short cycle of fast decisions.',
  },
  // Seed 1: 1.4 on both sides.
  platforms: {
    b2b: 'Professional networks such as LinkedIn and X, where the industry talks.',
    b2c: 'Visual, interaction-heavy platforms, where consumer brands thrive.',
  },
  // Seed 1: 1.2 and 1.9 on both sides (content, tone).
  content: {
    b2b: 'Technical, educational content; a formal voice with industry terms and storytelling.',
    b2c: 'Entertaining, relatable content in a conversational voice for everyday buyers.',
  },
  // B2B: seed 1's social-proof takeaway. B2C: 1.7 (campaigns use trends and visuals for instant desire).
  proof: {
    b2b: 'Client results, testimonials and use cases that show real value.',
    b2c: 'Trends and visuals that stir instant consumer desire.',
  },
  // B2B: seed 2, one social business network and its rings. B2C: seed 1, 1.7 (emotion and mass appeal,
  // catching attention fast).
  network: {
    b2b: 'One business network linking your employees, customers, partners and influencers.',
    b2c: 'Mass appeal: catching the attention of many individual consumers, fast.',
  },
  // B2B: seed 2, practices 2 and 3. B2C: seed 1, 1.3 (quick engagement) and 1.7 (emotionally resonant,
  // attention-grabbing content).
  community: {
    b2b: 'Help others and share useful information; reciprocity keeps buyers coming back.',
    b2c: 'Quick engagement, won with emotionally resonant, attention-grabbing content.',
  },
  // B2B: seed 2, practices 4 and 5. B2C: seed 1, 1.5 (short cycle, quick decisions) and 1.9
  // (a conversational style that connects with everyday buyers).
  relationships: {
    b2b: 'Referrals are the goal; reciprocity turns weak ties into strong ones.',
    b2c: 'A short cycle of quick decisions; a conversational style connects with everyday buyers.',
  },
  // Seed 1: 1.8 on both sides.
  measurement: {
    b2b: 'Lead quality and progress toward a sales conversation.',
    b2c: 'Reach and direct sales.',
  },
  // B2B: seed 2, practice 1 (every function connects) and practice 4 (one business goal). B2C: seed 1,
  // 1.5 (the role of social media matches the short cycle) and 1.7 (campaigns that win attention fast).
  organisation: {
    b2b: 'Sales, service, marketing, executives and all staff connect, behind one business goal.',
    b2c: 'Campaigns timed to a short buying cycle, built to win attention quickly.',
  },
};

/** Each locale's words of the rows; a locale without a row falls back to English. */
const referenceTextsByLocale: TextsByLocale<'b2b' | 'b2c'> = {
  en: referenceTextsEn,
  'zh-Hant': comparisonReferenceTextsZhHant,
  ha: comparisonReferenceTextsHa,
};

/** The bundled B2B/B2C reference rows, in each of the kit's locales. */
export const comparisonReference: ComparisonReference = Object.fromEntries(
  referenceDimensions.map((id) => [
    id,
    { b2b: localisedField(referenceTextsByLocale, id, 'b2b'), b2c: localisedField(referenceTextsByLocale, id, 'b2c') },
  ]),
);
