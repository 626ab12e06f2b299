import type { Answers } from '../answers/answers.types';
import type { Issue } from '../errors';
import type { Questionnaire } from '../questionnaire/questionnaire.types';
import type { SessionProgress, SessionState, SessionStep, SessionTarget } from './session.types';
import { currentStepIndex, isStepVisited, targetIndex } from './sessionNavigation';
import { reduceSession } from './sessionReducer';
import { validateQuestions } from './sessionValidation';
import { getSessionView } from './sessionView';

/*
 * Selectors read a session against its questionnaire. They never throw; given a session of another
 * questionnaire they answer for its answers as they stand (see `isSessionFor` to check first).
 */

/**
 * The wizard's steps for the current answers: each section with a visible question, then review.
 * @example getSteps(questionnaire, session).map((step) => (step.kind === 'section' ? step.sectionId : 'review'))
 */
export function getSteps(questionnaire: Questionnaire, state: SessionState): SessionStep[] {
  const view = getSessionView(questionnaire, state.answers);
  const current = state.status === 'complete' ? -1 : currentStepIndex(view, state);
  const steps: SessionStep[] = view.steps.map((step, index) => ({
    kind: 'section',
    index,
    sectionId: step.section.id,
    section: step.section,
    questions: step.questions,
    isCurrent: index === current,
    isVisited: isStepVisited(view, state, index),
  }));
  const review = view.steps.length;
  steps.push({ kind: 'review', index: review, isCurrent: review === current, isVisited: isStepVisited(view, state, review) });
  return steps;
}

/**
 * The step the respondent is on, or `null` once the session is complete (the result view).
 * @example const step = getCurrentStep(questionnaire, session); if (step?.kind === 'section') render(step.questions);
 */
export function getCurrentStep(questionnaire: Questionnaire, state: SessionState): SessionStep | null {
  return getSteps(questionnaire, state).find((step) => step.isCurrent) ?? null;
}

/**
 * How far the respondent has got: step number and count, and visible questions answered.
 * @example const { stepNumber, stepCount, ratio } = getProgress(questionnaire, session);
 */
export function getProgress(questionnaire: Questionnaire, state: SessionState): SessionProgress {
  const view = getSessionView(questionnaire, state.answers);
  const stepCount = view.steps.length;
  const stepNumber = (state.status === 'complete' ? stepCount : currentStepIndex(view, state)) + 1;
  const total = view.visible.size;
  const answered = Object.keys(view.counted).length;
  return { stepNumber, stepCount, answered, total, ratio: total === 0 ? 0 : answered / total };
}

/**
 * The issues a step has now, as `next` would find them (the current step by default); review, or
 * a completed session, gives those of every visible question. A target that is not a step gives none.
 * @example const blocking = getStepIssues(questionnaire, session);
 */
export function getStepIssues(questionnaire: Questionnaire, state: SessionState, target?: SessionTarget): Issue[] {
  const view = getSessionView(questionnaire, state.answers);
  const index = target ? targetIndex(view, target) : currentStepIndex(view, state);
  if (index < 0) return [];
  const steps = index < view.steps.length ? view.steps.slice(index, index + 1) : view.steps;
  return Object.values(validateQuestions(steps.flatMap((step) => step.questions), state.answers)).flat();
}

/** The answers that count: valid answers to visible questions, ready for `scoreAnswers`. */
export function getCountedAnswers(questionnaire: Questionnaire, state: SessionState): Answers {
  return getSessionView(questionnaire, state.answers).counted;
}

/** Where a state stands: its status and step position. */
function position(questionnaire: Questionnaire, state: SessionState): string {
  const view = getSessionView(questionnaire, state.answers);
  return `${state.status}:${currentStepIndex(view, state)}`;
}

/**
 * True when `next` would move on now: in progress and the current step validates. Meant for
 * showing state, not for disabling the button: a click on a blocked "Next" shows the errors.
 */
export function canGoNext(questionnaire: Questionnaire, state: SessionState): boolean {
  if (state.status !== 'in_progress') return false;
  return position(questionnaire, reduceSession(questionnaire, state, { type: 'next' })) !== position(questionnaire, state);
}

/** True when `back` would move: there is a step before the current one and the session is not complete. */
export function canGoBack(questionnaire: Questionnaire, state: SessionState): boolean {
  return position(questionnaire, reduceSession(questionnaire, state, { type: 'back' })) !== position(questionnaire, state);
}

/**
 * True when `goTo` would land on `target` (or the respondent is on it already): for a stepper's
 * clickable steps.
 * @example canGoTo(questionnaire, session, { step: 'review' })
 */
export function canGoTo(questionnaire: Questionnaire, state: SessionState, target: SessionTarget): boolean {
  if (state.status === 'complete') return false;
  const after = reduceSession(questionnaire, state, { type: 'goTo', ...target });
  const view = getSessionView(questionnaire, after.answers);
  const index = targetIndex(view, target);
  return index >= 0 && after.status !== 'complete' && currentStepIndex(view, after) === index;
}
