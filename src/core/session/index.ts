/**
 * The wizard's session: a pure reducer over plain-JSON state, with selectors for steps, progress
 * and validation. No React, no DOM: the React layer wraps it in `useReducer`.
 * @example
 * import { createSession, reduceSession, getCurrentStep, getProgress } from 'readiness-kit/core';
 *
 * let session = createSession(questionnaire);
 * session = reduceSession(questionnaire, session, { type: 'answer', questionId: 'market', value: 'b2b' });
 * session = reduceSession(questionnaire, session, { type: 'next' }); // stays, with errors, if the step fails
 * getCurrentStep(questionnaire, session); // { kind: 'section', sectionId: 'practice', questions: [...], ... }
 * getProgress(questionnaire, session); // { stepNumber: 2, stepCount: 4, answered: 1, total: 31, ratio: 0.03 }
 */

/** Makes the initial session state: first step (or `stepIndex`), with optional answers. */
export { createSession } from './createSession';
/** The session reducer: `(questionnaire, state, action) => state`; pure, never throws. */
export { reduceSession } from './sessionReducer';
/** True when a state is a well-formed session of this questionnaire id and version. */
export { isSessionFor } from './isSessionFor';
/** The current steps: sections with a visible question, then review. */
export { getSteps } from './sessionSelectors';
/** The step the respondent is on, or `null` once complete. */
export { getCurrentStep } from './sessionSelectors';
/** Step number and count, visible questions answered, and their ratio. */
export { getProgress } from './sessionSelectors';
/** The issues a step has now, as `next` would find them. */
export { getStepIssues } from './sessionSelectors';
/** Valid answers to visible questions: what scoring counts. */
export { getCountedAnswers } from './sessionSelectors';
/** True when `next` would move on now. */
export { canGoNext } from './sessionSelectors';
/** True when `back` would move. */
export { canGoBack } from './sessionSelectors';
/** True when `goTo` would land on a target. */
export { canGoTo } from './sessionSelectors';
/** The session's types: state, actions, steps, progress, options. */
export type {
  CreateSessionOptions,
  ReviewStep,
  SectionStep,
  SessionAction,
  SessionActionType,
  SessionProgress,
  SessionState,
  SessionStatus,
  SessionStep,
  SessionTarget,
  Updater,
} from './session.types';
