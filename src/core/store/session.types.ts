import type { AnswerValue, Answers } from '../answers/answers.types';
import type { Issue } from '../errors';
import type { Question, Section } from '../questionnaire/questionnaire.types';

/** A new value, or a function from the previous value to the new one (as in TanStack Table). */
export type Updater<T> = T | ((previous: T) => T);

/** Where the respondent is: answering sections, reviewing, or done (the result view). */
export type SessionStatus = 'in_progress' | 'review' | 'complete';

/**
 * The wizard's session: plain JSON, so it can be stored and restored. The assessment store owns it
 * and changes it only through its actions.
 */
export interface SessionState {
  /** The questionnaire this session belongs to. */
  readonly questionnaireId: string;
  /** The questionnaire version this session was made for. */
  readonly questionnaireVersion: string;
  /** Answering, reviewing, or done. */
  readonly status: SessionStatus;
  /**
   * The section being answered while `in_progress`; `null` on review and once complete. An id rather
   * than an index, so the step stays put when answers show or hide earlier sections.
   */
  readonly currentSectionId: string | null;
  /** Every answer given, including those to questions now hidden: they come back if the question does. */
  readonly answers: Answers;
  /** Issues to show next to each field, by question id; only visible questions keep theirs. */
  readonly errors: Readonly<Record<string, readonly Issue[]>>;
  /** Ids of the sections the respondent has been on, in the order first seen. */
  readonly visited: readonly string[];
}

/** The session without its answers: where the respondent is and what the fields say. The store keeps the answers apart, by position. */
export type SessionNavigation = Omit<SessionState, 'answers'>;

/** A step to go to: a section by id, or the review step. */
export type SessionTarget = { sectionId: string; step?: never } | { step: 'review'; sectionId?: never };

/** Everything that can happen to a session; anything else is ignored. */
export type SessionAction =
  /** Go to the first step, answers kept (also re-opens a completed session). */
  | { type: 'start' }
  /** Set (or with `undefined`, clear) one answer, validating it. */
  | { type: 'answer'; questionId: string; value: Updater<AnswerValue | undefined> }
  /** Validate the current step and, if it passes, go on to the next one or to review. */
  | { type: 'next' }
  /** Go to the previous step, without validating. */
  | { type: 'back' }
  /** Jump to a step: back always, forward only to a visited step or across steps that validate. */
  | ({ type: 'goTo' } & SessionTarget)
  /** Validate every visible question; finish if they pass, else go to the first step with errors. */
  | { type: 'complete' }
  /** Start over with a fresh session, optionally with new answers. */
  | { type: 'reset'; answers?: Answers }
  /** Leave the quick check for the full questionnaire, every answer kept. */
  | { type: 'deepen' };

/** The type of any session action. */
export type SessionActionType = SessionAction['type'];

/** A section that currently has at least one visible question. */
export interface SectionStep {
  /** Tells a section step from the review step. */
  kind: 'section';
  /** Position among the current steps, from 0. */
  index: number;
  /** The section's id. */
  sectionId: string;
  /** The section's definition (title, description …). */
  section: Section;
  /** The section's visible questions, in order: the fields to show. */
  questions: readonly Question[];
  /** True when this is where the respondent is. */
  isCurrent: boolean;
  /** True when the respondent has been on this step. */
  isVisited: boolean;
}

/** The review step, after every section step. */
export interface ReviewStep {
  /** Tells the review step from a section step. */
  kind: 'review';
  /** Position among the current steps: the number of section steps. */
  index: number;
  /** True when the respondent is reviewing. */
  isCurrent: boolean;
  /** True when every section step has been visited. */
  isVisited: boolean;
}

/** One step of the wizard. */
export type SessionStep = SectionStep | ReviewStep;

/** How far the respondent has got. */
export interface SessionProgress {
  /** The current step, from 1; review and the result are `stepCount + 1`. */
  stepNumber: number;
  /** How many sections are steps now (review not counted). */
  stepCount: number;
  /** Visible questions with a valid answer. */
  answered: number;
  /** Visible questions. */
  total: number;
  /** `answered / total`, from 0 to 1 (0 when nothing is visible). */
  ratio: number;
}
