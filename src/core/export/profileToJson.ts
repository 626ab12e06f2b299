import type { Profile } from '../scoring/scoring.types';
import { PROFILE_EXPORT_FORMAT, PROFILE_EXPORT_VERSION, type ProfileExport } from './profileExport.types';

/** Options of `profileToJson`. */
export interface ProfileToJsonOptions {
  /** The export time to record as `exportedAt`; left out by default, so the same profile gives the same text. */
  exportedAt?: Date | string;
  /** Indentation passed to `JSON.stringify` (default 2); 0 for one line. */
  space?: number;
}

/**
 * Wraps a profile in the documented, versioned export shape (`ProfileExport`).
 * @example toProfileExport(profile).questionnaire // { id: 'b2b-social-media', version: '1.0.0' }
 */
export function toProfileExport(profile: Profile, options: Pick<ProfileToJsonOptions, 'exportedAt'> = {}): ProfileExport {
  const exported: ProfileExport = {
    format: PROFILE_EXPORT_FORMAT,
    version: PROFILE_EXPORT_VERSION,
    questionnaire: { id: profile.questionnaireId, version: profile.questionnaireVersion },
    profile,
  };
  const { exportedAt } = options;
  if (exportedAt !== undefined) exported.exportedAt = typeof exportedAt === 'string' ? exportedAt : exportedAt.toISOString();
  return exported;
}

/**
 * A profile as JSON text in the `ProfileExport` shape: format marker, version, questionnaire id and
 * version, and the profile. `JSON.parse` gives the profile back unchanged.
 * @example JSON.parse(profileToJson(profile)).profile // deep-equals profile
 */
export function profileToJson(profile: Profile, options: ProfileToJsonOptions = {}): string {
  return JSON.stringify(toProfileExport(profile, options), null, options.space ?? 2);
}
