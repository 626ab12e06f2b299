import type { Profile } from '../scoring/scoring.types';

/** The format marker of an exported profile: tells it apart from any other JSON. */
export const PROFILE_EXPORT_FORMAT = 'readiness-kit/profile';

/** The version of the exported shape; raised only when a reader of the old shape would misread the new one. */
export const PROFILE_EXPORT_VERSION = 1;

/**
 * A profile as exported by `profileToJson`, version 1:
 *
 * ```json
 * {
 *   "format": "readiness-kit/profile",
 *   "version": 1,
 *   "questionnaire": { "id": "b2b-social-media", "version": "1.0.0" },
 *   "exportedAt": "2025-01-31T09:00:00.000Z",
 *   "profile": { "questionnaireId": "b2b-social-media", "index": 58.3, "tier": "engaged", "dimensions": [ … ], … }
 * }
 * ```
 *
 * `profile` is the `Profile` that `scoreAnswers` returned, unchanged: scores are unrounded numbers
 * (0–100), a `null` score or KPI value means not answered or not available, and ids, not labels,
 * name dimensions, tiers and KPIs (label them with the questionnaire, in any locale).
 */
export interface ProfileExport {
  /** Always `readiness-kit/profile`. */
  format: typeof PROFILE_EXPORT_FORMAT;
  /** Always 1 for this shape. */
  version: typeof PROFILE_EXPORT_VERSION;
  /** The questionnaire the profile was scored with. */
  questionnaire: { id: string; version: string };
  /** When it was exported (ISO 8601), only if the caller gave a time: exports stay reproducible otherwise. */
  exportedAt?: string;
  /** The scored profile. */
  profile: Profile;
}
