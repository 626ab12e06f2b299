import type { AnswerValue, Answers } from '../answers/answers.types';
import type { Issue } from '../errors';
import type { AssessmentScope } from '../quickCheck/quickCheck.types';
import type { Questionnaire } from '../questionnaire/questionnaire.types';
import type { Profile, ScoreOptions } from '../scoring/scoring.types';
import type { StorageAdapter } from '../storage/storage.types';
import type { SessionAction, SessionProgress, SessionState, SessionStep, SessionTarget, Updater } from './session.types';

/** What the store works out from the session: the steps, where the respondent is, how far along. */
export interface AssessmentView {
  /** The current steps: each section with a visible question, then review. */
  readonly steps: readonly SessionStep[];
  /** The step the respondent is on, or `null` once complete (the result). */
  readonly currentStep: SessionStep | null;
  /** Step number and count, visible questions answered, and their ratio. */
  readonly progress: SessionProgress;
}

/** Answers saved on an earlier visit that the respondent may resume. */
export interface ResumableAnswers {
  /** The answers to resume, valid for the questionnaire as it is now. */
  readonly answers: Answers;
  /** When they were saved (ISO 8601), if the snapshot says. */
  readonly savedAt: string | undefined;
}

/** The store's state: a new object after every change, parts that did not change shared with the last one. */
export interface AssessmentStoreState {
  /** The validated questionnaire the store runs. */
  readonly questionnaire: Questionnaire;
  /** The session: status, step, answers, field errors, visited steps. */
  readonly session: SessionState;
  /** Steps, current step and progress for the session as it stands. */
  readonly view: AssessmentView;
  /** The live profile of the answers so far; worked out on first read after a change, then kept. */
  readonly profile: Profile;
  /** Answers saved on an earlier visit (with `storage`, after `restore()`), until resumed or declined. */
  readonly resumable: ResumableAnswers | null;
  /** `'quick'` while the steps ask only the definition's quick check; `'full'` otherwise. */
  readonly scope: AssessmentScope;
}

/** Called after every change with the new state and the one before it. */
export type AssessmentStoreListener = (state: AssessmentStoreState, previous: AssessmentStoreState) => void;

/** Options of `createAssessmentStore`. */
export interface AssessmentStoreOptions {
  /**
   * Starts with the definition's quick check: the steps ask only its questions, the profile is scored
   * as a quick check (provisional), and `deepen()` opens the rest keeping every answer. Ignored when
   * the definition declares no `quickCheck`.
   */
  quickCheck?: boolean;
  /** Answers to start from; invalid ones are kept with their field errors, unknown question ids are reported. */
  answers?: Answers;
  /** The step to start on, from 0; the number of section steps means review. Earlier steps count as visited. */
  stepIndex?: number;
  /** Scoring options for the live profile: benchmark overrides, strength and gap thresholds. */
  scoreOptions?: ScoreOptions;
  /** Where to save the answers as they change (e.g. `createLocalStorage()`); wrapped so it never throws. */
  storage?: StorageAdapter;
  /** The key to save under (default: the questionnaire's id). */
  storageKey?: string;
  /** How long to wait after an answer before saving, in ms (default 400); a step change, completion or `flush()` saves at once. */
  saveDelay?: number;
  /** Told what could not be restored or saved: another version's answers dropped, a corrupt snapshot kept aside, storage refusing. */
  onStorageIssues?: (issues: readonly Issue[]) => void;
  /** Called when the respondent answers (or clears, with `undefined`) one question. */
  onAnswer?: (questionId: string, value: AnswerValue | undefined, answers: Answers) => void;
  /** Called with all answers whenever they change. */
  onAnswersChange?: (answers: Answers) => void;
  /** Called when the step changes; `step` is `null` on the result. */
  onStepChange?: (step: SessionStep | null, progress: SessionProgress) => void;
  /** Called once the session completes, with the profile and the answers. */
  onComplete?: (profile: Profile, answers: Answers) => void;
}

/** A running assessment without a UI: the state, its subscribers, and the actions that change it. */
export interface AssessmentStore {
  /** The current state; the same object until something changes. */
  getState(): AssessmentStoreState;
  /** Calls `listener` after every change; returns the function that unsubscribes it. */
  subscribe(listener: AssessmentStoreListener): () => void;
  /** Applies a session action; anything else is ignored. Never throws. */
  dispatch(action: SessionAction): void;
  /** Sets (or with `undefined`, clears) one answer, validating it. */
  answer(questionId: string, value: Updater<AnswerValue | undefined>): void;
  /** Validates the current step and moves on if it passes. */
  next(): void;
  /** Goes back one step. */
  back(): void;
  /** Jumps to a step: back always, forward to a visited step or across steps that validate. */
  goTo(target: SessionTarget): void;
  /** Validates every visible question and completes if they pass. */
  complete(): void;
  /** Starts over with a fresh session, optionally with new answers (in the quick check again, if it started in one). */
  reset(answers?: Answers): void;
  /** Leaves the quick check for the full questionnaire: every answer kept, on the first step with a question not asked yet. */
  deepen(): void;
  /** Validates the given visible questions as leaving their step would and shows their field errors, without moving; true when they pass. */
  check(questionIds: readonly string[]): boolean;
  /** Replaces every answer (a controlled host's answers) keeping the step; their issues become field errors. Not echoed to `onAnswer`/`onAnswersChange`. */
  replaceAnswers(answers: Answers): void;
  /** Reads the snapshot saved under the key (with `storage`): usable answers become `resumable`. Call it once mounted. */
  restore(): void;
  /** Takes up the `resumable` answers. */
  resume(): void;
  /** Declines them: they are kept aside in storage under `<key>:declined`, never deleted. */
  declineResume(): void;
  /** Scores the live profile with new options (benchmark overrides, thresholds) from now on. */
  setScoreOptions(scoreOptions: ScoreOptions | undefined): void;
  /** Writes a pending save now (e.g. on page hide). */
  flush(): void;
  /** Writes a pending save and drops every listener and timer. */
  destroy(): void;
}
