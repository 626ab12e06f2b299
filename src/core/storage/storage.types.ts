import type { Answers } from '../answers/answers.types';
import type { Issue } from '../errors';

/**
 * Where snapshots are kept: localStorage, memory, or anything a host brings (IndexedDB behind a
 * cache, a server session). Synchronous, and allowed to throw: the snapshot functions and
 * `createResilientStorage` turn a throw into a reported issue.
 */
export interface StorageAdapter {
  /** The value saved under `key`, or `null` when there is none. */
  load(key: string): string | null;
  /** Saves `value` under `key`, replacing what was there. */
  save(key: string, value: string): void;
  /** Clears `key`; nothing happens when it holds nothing. */
  clear(key: string): void;
}

/** What `saveSnapshot` writes: versioned, and naming the questionnaire the answers belong to. */
export interface Snapshot {
  /** Tells a kit snapshot from anything else kept under the same key. */
  format: 'readiness-kit/snapshot';
  /** The snapshot format's version; a later format migrates from it. */
  v: 1;
  /** The questionnaire the answers were given to. */
  questionnaire: { id: string; version: string };
  /** The answers, keyed by question id. */
  answers: Answers;
  /** When it was saved, as an ISO 8601 timestamp. */
  savedAt?: string;
}

/**
 * What restoring found: `none` (nothing saved), `restored` (a snapshot of this version), `migrated`
 * (of another version: the answers that still fit kept), `set_aside` (corrupt, foreign or too large:
 * kept under another key), `kept_in_place` (the same, but storage refused the copy: left untouched
 * under its key), `unavailable` (the storage threw).
 */
export type RestoreStatus = 'none' | 'restored' | 'migrated' | 'set_aside' | 'kept_in_place' | 'unavailable';

/** The result of `restoreSnapshot`. */
export interface RestoredSnapshot {
  /** The answers to resume from: valid for the questionnaire, empty when there are none. */
  answers: Answers;
  /** What could not be restored, each with its code and path (`answers.<questionId>`, `storage.<key>`). */
  issues: Issue[];
  /** What happened; see {@link RestoreStatus}. */
  status: RestoreStatus;
  /** The key the stored value was kept under when it could not be restored in full. */
  setAsideAs?: string;
  /**
   * True when the stored value could not be restored in full nor set aside (storage refused the
   * copy): it is left untouched under the key, so nothing may be saved there until it is.
   */
  keptInPlace?: true;
  /** When the restored snapshot was saved, if it says. */
  savedAt?: string;
}
