import type { Profile } from '../scoring/scoring.types';

/** One respondent's profile with the name to show for it, e.g. "Sales". */
export interface LabelledProfile {
  /** The respondent's or team's name; need not be unique. */
  label: string;
  /** The profile, scored with the same questionnaire as the others. */
  profile: Profile;
}

/** How the respondents scored one dimension. */
export interface DimensionComparison {
  /** The dimension id. */
  id: string;
  /** Each respondent's score (0–100), in the order they were given; null where one did not answer the dimension. */
  scores: (number | null)[];
  /** How many respondents have a score here. */
  answered: number;
  /** The lowest score, or null when nobody answered. */
  min: number | null;
  /** The highest score, or null when nobody answered. */
  max: number | null;
  /** `max − min` over those who answered; null when fewer than two answered, since one person cannot disagree. */
  spread: number | null;
  /** The mean over those who answered, or null when nobody answered. */
  mean: number | null;
  /** Indexes of the respondents with the lowest score (several on a tie); empty when nobody answered. */
  lowest: number[];
  /** Indexes of the respondents with the highest score (several on a tie); empty when nobody answered. */
  highest: number[];
}

/** Several respondents' profiles compared dimension by dimension. */
export interface ProfileComparison {
  /** The respondents' labels, in the order given. */
  labels: string[];
  /** One entry per dimension, in the order of the first profile's dimensions (then any only later profiles have). */
  dimensions: DimensionComparison[];
  /**
   * The dimensions that have a spread (two or more answered), largest spread first. Equal spreads
   * keep dimension order; dimensions fewer than two answered are left out. A spread of 0 is kept, last.
   */
  byDisagreement: DimensionComparison[];
}

/** Options of `compareProfiles`. */
export interface CompareProfilesOptions {
  /** Round each score to this many decimals before comparing (0 for whole numbers, as the views show them); exact by default. */
  scoreDecimals?: number;
}
