import { capIssues } from '../capIssues';
import { createIssue, type Issue, type Result } from '../errors';
import { readJsonText, withNotFinite } from '../questionnaire/readJsonInput';
import { PROFILE_EXPORT_FORMAT, PROFILE_EXPORT_VERSION, type ProfileExport } from './profileExport.types';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const kindOf = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);
const isScore = (value: unknown) => value === null || (typeof value === 'number' && Number.isFinite(value));

/** Checks that `record[key]` passes `test`, reporting a missing or mistyped field under `path`. */
function expectField(record: Json, key: string, path: (string | number)[], expected: string, test: (value: unknown) => boolean, issues: Issue[]) {
  if (!(key in record)) issues.push(createIssue('missing_field', [...path, key], { expected }));
  else if (!test(record[key])) issues.push(createIssue('invalid_type', [...path, key], { expected, received: kindOf(record[key]) }));
}

/** The checks on the profile's fields that the result views read: ids, scores, tiers, lists. */
function checkProfile(profile: Json, issues: Issue[]) {
  const path = ['profile'];
  expectField(profile, 'questionnaireId', path, 'string', (value) => typeof value === 'string', issues);
  expectField(profile, 'questionnaireVersion', path, 'string', (value) => typeof value === 'string', issues);
  // A provisional profile has no tier, and one with nothing answered no index.
  expectField(profile, 'index', path, 'number or null', isScore, issues);
  expectField(profile, 'tier', path, 'string or null', (value) => value === null || typeof value === 'string', issues);
  if ('provisional' in profile && typeof profile.provisional !== 'boolean')
    issues.push(createIssue('invalid_type', [...path, 'provisional'], { expected: 'boolean', received: kindOf(profile.provisional) }));
  for (const key of ['dimensions', 'axes', 'kpis', 'recommendations', 'strengths', 'gaps', 'issues'])
    expectField(profile, key, path, 'array', Array.isArray, issues);
  for (const [key, scoreKey] of [['dimensions', 'score'], ['kpis', 'value'], ['axes', 'position']] as const) {
    const list = profile[key];
    if (!Array.isArray(list)) continue;
    list.forEach((entry: unknown, index) => {
      if (!isObject(entry)) return void issues.push(createIssue('invalid_type', [...path, key, index], { expected: 'object', received: kindOf(entry) }));
      expectField(entry, 'id', [...path, key, index], 'string', (value) => typeof value === 'string', issues);
      expectField(entry, scoreKey, [...path, key, index], 'number or null', isScore, issues);
    });
  }
}

/**
 * Reads JSON written by `profileToJson`, never throwing: checks the format marker, the version, the
 * questionnaire and the profile's fields that the result views read, and reports anything else as
 * coded issues (`invalid_json`, `too_deep`, `not_finite`, `invalid_value`, `missing_field`,
 * `invalid_type`): at most `LIMITS.maxIssues`, then one `more_issues`. A score of `1e999` is named
 * `not_finite`; nesting past `LIMITS.maxDepth` anywhere is one `too_deep` issue at its path.
 * @example const result = parseProfileJson(text); if (result.ok) compare.push(result.value.profile);
 */
export function parseProfileJson(text: string): Result<ProfileExport> {
  const json = readJsonText(text);
  if (!json.ok) return { ok: false, issues: json.issues };
  const result = checkExport(json.data);
  // profileToJson never writes a non-finite number (JSON has none): wherever one is, the file was not made by it.
  if (result.ok && json.notFinite.length === 0) return result;
  return { ok: false, issues: capIssues(withNotFinite(json.notFinite, result.issues)) };
}

/** The checks on parsed data, in the order a reader needs them: the envelope, then the profile. */
function checkExport(data: unknown): Result<ProfileExport> {
  if (!isObject(data)) return { ok: false, issues: [createIssue('invalid_type', [], { expected: 'object', received: kindOf(data) })] };
  // A foreign or newer file stops here: its other fields may mean something else.
  if (data.format !== PROFILE_EXPORT_FORMAT)
    return { ok: false, issues: [createIssue('invalid_value', ['format'], { expected: [PROFILE_EXPORT_FORMAT] })] };
  if (data.version !== PROFILE_EXPORT_VERSION)
    return { ok: false, issues: [createIssue('invalid_value', ['version'], { expected: [PROFILE_EXPORT_VERSION] })] };

  const issues: Issue[] = [];
  const questionnaire = data.questionnaire;
  if (!isObject(questionnaire)) issues.push(createIssue(questionnaire === undefined ? 'missing_field' : 'invalid_type', ['questionnaire'], { expected: 'object', received: kindOf(questionnaire) }));
  else {
    expectField(questionnaire, 'id', ['questionnaire'], 'string', (value) => typeof value === 'string', issues);
    expectField(questionnaire, 'version', ['questionnaire'], 'string', (value) => typeof value === 'string', issues);
  }
  if (data.exportedAt !== undefined && typeof data.exportedAt !== 'string')
    issues.push(createIssue('invalid_type', ['exportedAt'], { expected: 'string', received: kindOf(data.exportedAt) }));
  const profile = data.profile;
  if (!isObject(profile)) issues.push(createIssue(profile === undefined ? 'missing_field' : 'invalid_type', ['profile'], { expected: 'object', received: kindOf(profile) }));
  else {
    checkProfile(profile, issues);
    if (isObject(questionnaire) && issues.length === 0) {
      // The envelope names the questionnaire so a reader can pick it before reading the profile: they must agree.
      if (profile.questionnaireId !== questionnaire.id)
        issues.push(createIssue('invalid_value', ['profile', 'questionnaireId'], { expected: [String(questionnaire.id)] }));
      if (profile.questionnaireVersion !== questionnaire.version)
        issues.push(createIssue('invalid_value', ['profile', 'questionnaireVersion'], { expected: [String(questionnaire.version)] }));
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  const value = data as unknown as ProfileExport;
  // Files written before profiles could be provisional claimed their tier: they read as final.
  if ((value.profile as Partial<ProfileExport['profile']>).provisional === undefined) value.profile = { ...value.profile, provisional: false, provisionalReason: null };
  return { ok: true, value, issues: [] };
}
