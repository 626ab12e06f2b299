import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  createResilientStorage,
  restoreSnapshot,
  saveSnapshot,
  type Answers,
  type Issue,
  type Questionnaire,
  type StorageAdapter,
} from '../../core';

/** Saved answers the respondent may resume: what was found, and when it was saved. */
export interface ResumableAnswers {
  /** The answers to resume, valid for the questionnaire as it is now. */
  answers: Answers;
  /** When they were saved (ISO 8601), if the snapshot says. */
  savedAt: string | undefined;
}

/** Options of `useSavedAnswers`, as `useAssessment` takes them. */
export interface SavedAnswersOptions {
  storage?: StorageAdapter;
  storageKey?: string;
  onRestoreIssues?: (issues: readonly Issue[]) => void;
}

/** What `useSavedAnswers` gives the assessment. */
export interface SavedAnswers {
  /** Answers saved on an earlier visit, until the respondent resumes them or starts over. */
  resumable: ResumableAnswers | null;
  /** Saves the answers (after the respondent has touched them, never over an unanswered offer). */
  save: (answers: Answers) => void;
  /** The respondent took up the offer. */
  settle: () => void;
  /** The respondent declined the offer: the saved answers are kept aside, not deleted. */
  decline: () => void;
}

/** Where an offer the respondent declined is kept, so starting over never destroys saved work. */
export const declinedKey = (key: string) => `${key}:declined`;

/**
 * Save and resume for the wizard. On mount (in an effect, so server rendering never reads storage)
 * it restores the snapshot under the key: usable answers become an offer to resume, and anything
 * dropped (another version's answers, a corrupt snapshot kept aside, a storage that refuses) reaches
 * `onRestoreIssues`. Storage that throws degrades to memory, reported once.
 */
export function useSavedAnswers(questionnaire: Questionnaire | null, options: SavedAnswersOptions): SavedAnswers {
  const { storage, storageKey, onRestoreIssues } = options;
  const report = useRef(onRestoreIssues);
  report.current = onRestoreIssues;
  const adapter = useMemo(
    () => (storage ? createResilientStorage(storage, { onIssue: (issue) => report.current?.([issue]) }) : undefined),
    [storage],
  );
  const key = storageKey ?? questionnaire?.id;
  const [resumable, setResumable] = useState<ResumableAnswers | null>(null);
  const offered = useRef<ResumableAnswers | null>(null);

  useEffect(() => {
    if (!adapter || !key || !questionnaire) return;
    const restored = restoreSnapshot(adapter, key, questionnaire);
    if (restored.issues.length > 0) report.current?.(restored.issues);
    const found = Object.keys(restored.answers).length > 0 ? { answers: restored.answers, savedAt: restored.savedAt } : null;
    offered.current = found;
    setResumable(found);
  }, [adapter, key, questionnaire]);

  const settle = useCallback(() => {
    offered.current = null;
    setResumable(null);
  }, []);

  const decline = useCallback(() => {
    if (adapter && key && questionnaire && offered.current) saveSnapshot(adapter, declinedKey(key), questionnaire, offered.current.answers);
    settle();
  }, [adapter, key, questionnaire, settle]);

  const save = useCallback(
    (answers: Answers) => {
      if (!adapter || !key || !questionnaire) return;
      // Answering without taking up the offer starts over: the offered answers are kept aside first.
      if (offered.current) decline();
      saveSnapshot(adapter, key, questionnaire, answers);
    },
    [adapter, key, questionnaire, decline],
  );

  return { resumable, save, settle, decline };
}
