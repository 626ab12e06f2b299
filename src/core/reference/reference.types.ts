import type { LocalisedText } from '../questionnaire/questionnaire.types';

/*
 * Reference content that comes with a questionnaire and is shown beside its profiles: for the
 * bundled assessment, `socialMediaReference` from `readiness-kit/social-media`. Only the types live
 * in the core, so views can take the content without any of it being bundled with them.
 */

/** The B2B and B2C practice for one dimension, one line each. */
export interface ComparisonReferenceRow {
  /** What B2B practice looks like on this dimension. */
  b2b: LocalisedText;
  /** What B2C practice looks like on this dimension. */
  b2c: LocalisedText;
}

/** Reference rows by dimension id: what `ComparisonTable` shows beside the scores. */
export type ComparisonReference = Readonly<Record<string, ComparisonReferenceRow>>;

/**
 * Where a ring's tie strength comes from: the answers to questions of one dimension, as they appear
 * in the profile's contributions (the profile carries no raw answers).
 */
export type NetworkRingSource =
  | {
      /** The mean, over the answered `questions`, of points earned ÷ points possible. */
      kind: 'points';
      /** The dimension whose contributions hold the answers. */
      dimension: string;
      /** The question ids to average. */
      questions: readonly string[];
    }
  | {
      /** The share of `options` chosen in the multi-choice `question`. */
      kind: 'options';
      /** The dimension whose contributions hold the answer. */
      dimension: string;
      /** The multi-choice question id. */
      question: string;
      /** The option ids that stand for this ring. */
      options: readonly string[];
    };

/** One ring of the industry around the company, innermost first. */
export interface NetworkRing {
  /** A stable id, e.g. `employees`. */
  id: string;
  /** The ring's name. */
  label: LocalisedText;
  /** Who is in the ring. */
  description: LocalisedText;
  /** Which answers feed its tie strength. */
  source: NetworkRingSource;
}

/** What the result views show beside a profile: the practice per dimension and the network rings. */
export interface ResultReference {
  /** Reference rows by dimension id, for `ComparisonTable`. */
  comparison?: ComparisonReference;
  /** The rings of the industry around the company, innermost first, for `NetworkRings`. */
  networkRings?: readonly NetworkRing[];
}
