import type { Issue } from '../errors';
import { createMemoryStorage } from './memoryStorage';
import { storageIssue } from './storageIssue';
import type { StorageAdapter } from './storage.types';

/** Options of `createResilientStorage`. */
export interface ResilientStorageOptions {
  /** Called once, with the issue, when the primary storage first throws. */
  onIssue?: (issue: Issue) => void;
}

/** A storage adapter that never throws, and says whether it has fallen back to memory. */
export interface ResilientStorage extends StorageAdapter {
  /** The issue that made it fall back to memory, or `undefined` while the primary storage works. */
  readonly issue: Issue | undefined;
}

/**
 * Wraps a storage adapter so that it never throws: on the first throw (quota, private mode) it
 * reports the issue once and keeps every later value in memory, so the respondent loses nothing for
 * the rest of the visit. What the primary storage held is left untouched.
 * @example
 * const storage = createResilientStorage(createLocalStorage(), { onIssue: (issue) => onRestoreIssues([issue]) });
 */
export function createResilientStorage(primary: StorageAdapter, options: ResilientStorageOptions = {}): ResilientStorage {
  const memory = createMemoryStorage();
  let issue: Issue | undefined;
  const run = <T>(key: string, call: (adapter: StorageAdapter) => T): T => {
    if (!issue) {
      try {
        return call(primary);
      } catch (error) {
        issue = storageIssue(key, error);
        options.onIssue?.(issue);
      }
    }
    return call(memory);
  };
  return {
    load: (key) => run(key, (adapter) => adapter.load(key)),
    save: (key, value) => run(key, (adapter) => adapter.save(key, value)),
    clear: (key) => run(key, (adapter) => adapter.clear(key)),
    get issue() {
      return issue;
    },
  };
}
