import type { Answers } from '../answers/answers.types';
import { createIssue, type Issue } from '../errors';
import type { Questionnaire } from '../questionnaire/questionnaire.types';
import { createResilientStorage } from '../storage/resilientStorage';
import { restoreSnapshot, saveSnapshot } from '../storage/snapshots';
import type { StorageAdapter } from '../storage/storage.types';
import type { ResumableAnswers } from './store.types';

/** Where an offer the respondent declined is kept, so starting over never destroys saved work. */
export const declinedKey = (key: string) => `${key}:declined`;

/** Options of `createStoreStorage`, as the store takes them. */
export interface StoreStorageOptions {
  storage: StorageAdapter;
  storageKey?: string;
  saveDelay?: number;
  onStorageIssues?: (issues: readonly Issue[]) => void;
}

/** The store's saving: restore once, then debounced writes, with the resume offer's bookkeeping. */
export interface StoreStorage {
  /** Reads the snapshot: usable answers become the offer, anything dropped is reported. */
  restore(): ResumableAnswers | null;
  /** Saves the answers after the delay (read then, so a burst of answers builds them once); answering over an open offer declines it first. */
  schedule(answers: () => Answers): void;
  /** Writes a pending save now. */
  flush(): void;
  /** The respondent took up the offer. */
  settle(): void;
  /** The respondent declined it: its answers are kept aside under `<key>:declined`. */
  decline(): void;
  /** Flushes and stops the timer. */
  dispose(): void;
}

/** Default wait between the last answer and the write: one write per burst of typing. */
const DEFAULT_SAVE_DELAY = 400;

/**
 * Save and resume for the store. Storage that throws degrades to memory, reported once; writes
 * wait `saveDelay` ms after the last change, so typing a number does not write on every keystroke.
 */
export function createStoreStorage(questionnaire: Questionnaire, options: StoreStorageOptions): StoreStorage {
  const report = (issues: readonly Issue[]) => {
    if (issues.length > 0) options.onStorageIssues?.(issues);
  };
  const adapter = createResilientStorage(options.storage, { onIssue: (issue) => report([issue]) });
  const key = options.storageKey ?? questionnaire.id;
  const delay = options.saveDelay ?? DEFAULT_SAVE_DELAY;
  let offered: ResumableAnswers | null = null;
  let pending: (() => Answers) | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (pending === undefined) return;
    const answers = pending();
    pending = undefined;
    report(saveSnapshot(adapter, key, questionnaire, answers));
  };
  const decline = () => {
    if (offered) report(saveSnapshot(adapter, declinedKey(key), questionnaire, offered.answers));
    offered = null;
  };
  return {
    restore() {
      const usableBefore = adapter.issue === undefined;
      const restored = restoreSnapshot(adapter, key, questionnaire);
      // Refused while setting the value aside, the storage fell back to memory: the copy went there,
      // and the original is still untouched under the key, where nothing will now be saved.
      const keptInPlace = restored.setAsideAs !== undefined && usableBefore && adapter.issue !== undefined;
      report(keptInPlace ? [...restored.issues, createIssue('snapshot_kept_in_place', ['storage', key], { key })] : restored.issues);
      offered = Object.keys(restored.answers).length > 0 ? { answers: restored.answers, savedAt: restored.savedAt } : null;
      return offered;
    },
    schedule(answers) {
      // Never over an offer the respondent has not answered: it is kept aside first.
      decline();
      pending = answers;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(flush, delay);
    },
    flush,
    settle: () => {
      offered = null;
    },
    decline,
    dispose: flush,
  };
}
