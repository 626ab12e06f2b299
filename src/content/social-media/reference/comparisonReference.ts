import type { ComparisonReference } from '../../../core/reference/reference.types';
import { localisedField, type TextsByLocale } from './localisedField';
import { comparisonReferenceTextsHa } from './referenceTexts.ha';
import { comparisonReferenceTextsZhHant } from './referenceTexts.zh-Hant';

/*
 * Text-free structure: which dimensions have a reference row, in the wizard's order. Audience, goals,
 * platforms, content, proof and measurement follow seed 1 (its differences 1.1–1.9 and its social
 * proof takeaway, numbered as in docs/content-traceability.md); network, community, relationships
 * and organisation set seed 2's social business network (the rings and practices 1–5) against the
 * mass-media view it argues against, social media as "just another marketing channel".
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
  // Seed 1: 1.1.
  audience: {
    b2b: 'Professionals in set roles; several people decide, logically and in stages.',
    b2c: 'Individual consumers, who decide alone, on emotion and in the moment.',
  },
  // Seed 1: 1.3 and 1.5 (goals, sales cycle).
  goals: {
    b2b: 'Authority and lasting relationships, over a long sales cycle built on trust.',
    b2c: 'Quick engagement and direct sales, over a short cycle of fast decisions.',
  },
  // Seed 1: 1.4.
  platforms: {
    b2b: 'Professional networks such as LinkedIn and X, where the industry talks.',
    b2c: 'Visual, mass-audience platforms built for reach.',
  },
  // Seed 1: 1.2 and 1.9 (content, tone).
  content: {
    b2b: 'Technical, educational content; a formal voice with industry terms and storytelling.',
    b2c: 'Entertaining, relatable content in a conversational voice.',
  },
  // Seed 1: the social-proof takeaway; its B2C side is 1.7 (trends and visuals for instant desire).
  proof: {
    b2b: 'Client results, testimonials and use cases that show real value.',
    b2c: 'Trends and eye-catching visuals that spark instant desire.',
  },
  // Seed 2: one social business network, the industry rings, practice 1.
  network: {
    b2b: 'One business network linking your employees, customers, partners and influencers.',
    b2c: 'A media channel: the brand broadcasts to a mass audience.',
  },
  // Seed 2: practices 2 and 3; it sets them against gamification.
  community: {
    b2b: 'Help others and share useful information; reciprocity keeps buyers coming back.',
    b2c: 'Fans won with contests and games; engagement as a campaign tactic.',
  },
  // Seed 2: practices 4 and 5; the B2C side is seed 1's direct conversion (1.3).
  relationships: {
    b2b: 'Referrals are the goal; reciprocity turns weak ties into strong ones.',
    b2c: 'One-off purchases, driven by fast, direct conversion.',
  },
  // Seed 1: 1.8.
  measurement: {
    b2b: 'Lead quality and progress toward a sales conversation.',
    b2c: 'Reach and direct sales.',
  },
  // Seed 2: practice 1 (every function connects) and practice 4 (one business goal).
  organisation: {
    b2b: 'Sales, service, marketing, executives and all staff connect, behind one business goal.',
    b2c: 'Marketing runs social media as one more communication channel.',
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
