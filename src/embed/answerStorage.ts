import { createIssue, type Answers, type Issue } from '../core';

/*
 * The embed's `storage-key`: answers saved in localStorage so a respondent who reloads the page
 * resumes where they left off. A stored value that cannot be used is moved aside (never deleted) and
 * reported; storage that throws (private mode, quota) is reported and the wizard carries on in memory.
 */

/** The shape saved under the key: versioned so a later format can migrate it. */
interface AnswerSnapshot {
  v: 1;
  answers: Answers;
}

/** What loading found: answers to resume from, and issues to report. */
export interface LoadedAnswers {
  answers: Answers | undefined;
  issues: Issue[];
}

/** Where an unusable snapshot is kept, so nothing the respondent typed is lost: `<key>:unreadable`, then `:2`, `:3`… */
export const setAsideKey = (key: string, attempt = 1) => `${key}:unreadable${attempt > 1 ? `:${attempt}` : ''}`;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The browser's localStorage, or `undefined` where reading it throws (sandboxed iframes). */
export function browserStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** Reads the answers saved under `key`; a corrupt or foreign value is set aside and reported. */
export function loadAnswers(storage: Storage | undefined, key: string): LoadedAnswers {
  let raw: string | null;
  try {
    raw = storage ? storage.getItem(key) : null;
  } catch (error) {
    return { answers: undefined, issues: [storageIssue(key, error)] };
  }
  if (raw === null) return { answers: undefined, issues: [] };
  let snapshot: unknown;
  try {
    snapshot = JSON.parse(raw);
  } catch (error) {
    return setAside(storage!, key, raw, createIssue('invalid_json', ['storage', key], { detail: String(error) }));
  }
  if (!isPlainObject(snapshot) || snapshot.v !== 1 || !isPlainObject(snapshot.answers)) {
    return setAside(storage!, key, raw, createIssue('invalid_format', ['storage', key], { format: 'a readiness-kit answer snapshot, v1' }));
  }
  return { answers: snapshot.answers as Answers, issues: [] };
}

/** Saves the answers under `key`; returns an issue instead of throwing when storage refuses. */
export function saveAnswers(storage: Storage | undefined, key: string, answers: Answers): Issue | undefined {
  if (!storage) return undefined;
  const snapshot: AnswerSnapshot = { v: 1, answers };
  try {
    storage.setItem(key, JSON.stringify(snapshot));
    return undefined;
  } catch (error) {
    return storageIssue(key, error);
  }
}

function setAside(storage: Storage, key: string, raw: string, issue: Issue): LoadedAnswers {
  try {
    // Never over an earlier unreadable value: each one may be all someone typed.
    let attempt = 1;
    while (storage.getItem(setAsideKey(key, attempt)) !== null) attempt += 1;
    storage.setItem(setAsideKey(key, attempt), raw);
    storage.removeItem(key);
  } catch {
    // Leaving the value where it is keeps it too; it is reported either way.
  }
  return { answers: undefined, issues: [issue] };
}

function storageIssue(key: string, error: unknown): Issue {
  return createIssue('invalid_value', ['storage', key], { detail: `storage is not available (${String(error)})` });
}
