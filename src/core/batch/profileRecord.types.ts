import type { FitStatus } from '../scoring/scoring.types';

/**
 * One scored respondent as a line of NDJSON: the figures a benchmark or a warehouse needs, without the
 * explanations a full `Profile` carries (those are for the respondent's own result).
 */
export interface ProfileRecord {
  /** The questionnaire's id and version: `b2b-social-media@2.0.0`. */
  questionnaire: string;
  /** The `id` of the answers line, when it had one (a CRM's respondent id), so results join back. */
  id?: string;
  index: number | null;
  tier: string | null;
  provisional: boolean;
  completeness: number;
  /** Each dimension's score 0–100, null below the confidence minimum; in definition order. */
  dimensions: Record<string, number | null>;
  /** Each axis position −100..+100, or null. */
  axes: Record<string, number | null>;
  /** The fit status (`aligned`, `mixed`, `mismatch`, `unknown`). */
  fit: FitStatus;
  /**
   * The answers to the descriptive questions (single choice, no points, no axis positions: market,
   * company size …), null when unanswered: what peers are grouped by.
   */
  segment: Record<string, string | null>;
  /** The ids of the fired rules, in the profile's order. */
  recommendations: string[];
}
