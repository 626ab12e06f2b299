import type { Answers } from '../answers/answers.types';
import { splitValidAnswers } from '../answers/validateAnswers';
import { createIssue, type Issue } from '../errors';
import { compileQuestionnaire } from '../questionnaire/compileQuestionnaire';
import type { Questionnaire } from '../questionnaire/questionnaire.types';
import { capIssues } from '../capIssues';
import { LIMITS } from '../limits';
import { storageIssue } from './storageIssue';
import type { RestoredSnapshot, Snapshot, StorageAdapter } from './storage.types';

const FORMAT: Snapshot['format'] = 'readiness-kit/snapshot';

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Where a stored value that could not be restored in full is kept, so nothing the respondent typed
 * is lost: `<key>:unreadable`, then `<key>:unreadable:2`, `:3`…
 */
export const setAsideKey = (key: string, attempt = 1): string => `${key}:unreadable${attempt > 1 ? `:${attempt}` : ''}`;

/** Writes the snapshot; returns `snapshot_too_large` instead when it would pass `LIMITS.maxSnapshotLength` (what was there stays). */
function writeSnapshot(adapter: StorageAdapter, key: string, questionnaire: Questionnaire, answers: Answers): Issue[] {
  const snapshot: Snapshot = {
    format: FORMAT,
    v: 1,
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    answers,
    savedAt: new Date().toISOString(),
  };
  const text = JSON.stringify(snapshot);
  if (text.length > LIMITS.maxSnapshotLength) return [tooLarge(key, text)];
  adapter.save(key, text);
  return [];
}

const tooLarge = (key: string, text: string) =>
  createIssue('snapshot_too_large', ['storage', key], { length: text.length, maxLength: LIMITS.maxSnapshotLength });

/**
 * Saves the answers under `key` as a versioned snapshot; returns the issues instead of throwing
 * (empty when saved). Only answers that validate are kept, so a snapshot of this version restores in full.
 * @example
 * const issues = saveSnapshot(storage, 'acme', socialMediaAssessment, answers);
 */
export function saveSnapshot(adapter: StorageAdapter, key: string, questionnaire: Questionnaire, answers: Answers): Issue[] {
  try {
    return writeSnapshot(adapter, key, questionnaire, splitValidAnswers(compileQuestionnaire(questionnaire), answers).valid);
  } catch (error) {
    return [storageIssue(key, error)];
  }
}

/** Copies `raw` to the first free set-aside key and returns that key; throws where storage does. */
function setAside(adapter: StorageAdapter, key: string, raw: string): string {
  // Never over an earlier set-aside value: each one may be all someone typed.
  let attempt = 1;
  while (adapter.load(setAsideKey(key, attempt)) !== null) attempt += 1;
  adapter.save(setAsideKey(key, attempt), raw);
  return setAsideKey(key, attempt);
}

/**
 * Keeps `raw` aside, then `replace`s the value under `key`. When storage refuses to set it aside
 * (a full quota), the value stays where it is, untouched, and the result says so (`keptInPlace`):
 * nothing is lost either way, and the refusal is added to `result`'s issues.
 */
function keepAside(adapter: StorageAdapter, key: string, raw: string, result: RestoredSnapshot, replace: () => Issue[]): RestoredSnapshot {
  let setAsideAs: string | undefined;
  try {
    setAsideAs = setAside(adapter, key, raw);
  } catch (error) {
    return keptInPlace(result, key, [storageIssue(key, error)]);
  }
  try {
    return { ...result, issues: [...result.issues, ...replace()], setAsideAs };
  } catch (error) {
    // Set aside, so the value under the key may be replaced later: a copy is safe.
    return { ...result, issues: [...result.issues, storageIssue(key, error)], setAsideAs };
  }
}

/** The result for a value left untouched under its key, because it could be neither restored in full nor set aside. */
const keptInPlace = (result: RestoredSnapshot, key: string, issues: Issue[]): RestoredSnapshot => ({
  ...result,
  status: result.status === 'set_aside' ? 'kept_in_place' : result.status,
  issues: [...result.issues, ...issues, createIssue('snapshot_kept_in_place', ['storage', key], { key })],
  keptInPlace: true,
});

/** Moves an unusable value aside and reports it. */
const reject = (adapter: StorageAdapter, key: string, raw: string, issue: Issue): RestoredSnapshot =>
  keepAside(adapter, key, raw, { answers: {}, issues: [issue], status: 'set_aside' }, () => {
    adapter.clear(key);
    return [];
  });

/**
 * Restores the answers saved under `key`, never throwing. A snapshot of another version of the
 * questionnaire keeps the answers that still validate and reports the rest (`answers.<questionId>`);
 * the original is then kept under `setAsideKey(key)`. A corrupt, foreign or oversized value
 * (`snapshot_too_large`, checked before it is parsed) is kept there too, and reported. When it cannot
 * be set aside (a full quota), it is left untouched under `key` and the result has `keptInPlace`:
 * the caller must then save elsewhere (the store keeps answers in memory). At most
 * `LIMITS.maxIssues` issues, then a `more_issues` count. Also reads the embed's earlier
 * `{ v: 1, answers }` values, as a migration.
 * @example
 * const { answers, issues, status } = restoreSnapshot(storage, 'acme', socialMediaAssessment);
 * if (issues.length > 0) onRestoreIssues(issues);
 */
export function restoreSnapshot(adapter: StorageAdapter, key: string, questionnaire: Questionnaire): RestoredSnapshot {
  let raw: string | null;
  try {
    raw = adapter.load(key);
  } catch (error) {
    return { answers: {}, issues: [storageIssue(key, error)], status: 'unavailable' };
  }
  if (raw === null) return { answers: {}, issues: [], status: 'none' };
  const restored = restoreFrom(adapter, key, questionnaire, raw);
  return { ...restored, issues: capIssues(restored.issues) };
}

function restoreFrom(adapter: StorageAdapter, key: string, questionnaire: Questionnaire, raw: string): RestoredSnapshot {
  if (typeof raw !== 'string') return reject(adapter, key, String(raw), badFormat(key));
  if (raw.length > LIMITS.maxSnapshotLength) return reject(adapter, key, raw, tooLarge(key, raw));
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    return reject(adapter, key, raw, createIssue('invalid_json', ['storage', key], { detail: String(error) }));
  }
  if (!isPlainObject(data) || data.v !== 1 || !isPlainObject(data.answers)) return reject(adapter, key, raw, badFormat(key));
  // The embed's first format, `{ v: 1, answers }`, names no questionnaire: read as from an unknown version.
  const isLegacy = data.format === undefined && data.questionnaire === undefined;
  const source = data.questionnaire;
  if (!isLegacy && (data.format !== FORMAT || !isPlainObject(source) || typeof source.id !== 'string' || typeof source.version !== 'string'))
    return reject(adapter, key, raw, badFormat(key));
  if (isPlainObject(source) && source.id !== questionnaire.id)
    return reject(adapter, key, raw, createIssue('invalid_value', ['storage', key, 'questionnaire', 'id'], { expected: [questionnaire.id], received: String(source.id) }));

  const { valid, issues } = splitValidAnswers(compileQuestionnaire(questionnaire), data.answers);
  const restored: RestoredSnapshot = {
    answers: valid,
    issues,
    status: isPlainObject(source) && source.version === questionnaire.version ? 'restored' : 'migrated',
    ...(typeof data.savedAt === 'string' ? { savedAt: data.savedAt } : {}),
  };
  // Some answers are dropped: keep the original aside, then store what was kept, so the next visit
  // neither loses them nor reports them again.
  return issues.length === 0 ? restored : keepAside(adapter, key, raw, restored, () => writeSnapshot(adapter, key, questionnaire, valid));
}

const badFormat = (key: string) => createIssue('invalid_format', ['storage', key], { format: `${FORMAT}, v1` });
