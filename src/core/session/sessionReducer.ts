import type { Answers } from '../answers/answers.types';
import { createIssue } from '../errors';
import { compileQuestionnaire } from '../questionnaire/compileQuestionnaire';
import type { Questionnaire } from '../questionnaire/questionnaire.types';
import { createSession } from './createSession';
import { isSessionFor } from './isSessionFor';
import type { SessionAction, SessionState } from './session.types';
import { keepUnchanged } from './sessionEquality';
import { currentStepIndex, isStepVisited, moveTo, targetIndex } from './sessionNavigation';
import {
  answerOf,
  answerSegments,
  dropHiddenErrors,
  replaceErrors,
  validateQuestions,
  validateSessionAnswer,
} from './sessionValidation';
import { getSessionView, type SessionView } from './sessionView';
import { toStoredAnswer } from './toStoredAnswer';

type ActionOf<T extends SessionAction['type']> = Extract<SessionAction, { type: T }>;

function answer(questionnaire: Questionnaire, state: SessionState, action: ActionOf<'answer'>): SessionState {
  const { questionId } = action;
  if (typeof questionId !== 'string') return state;
  const entry = compileQuestionnaire(questionnaire).byId.get(questionId);
  if (!entry) {
    const issue = createIssue('unknown_question', answerSegments(questionId), { id: questionId });
    return { ...state, errors: { ...state.errors, [questionId]: [issue] } };
  }

  const previous = answerOf(state.answers, questionId);
  const value: unknown = typeof action.value === 'function' ? action.value(previous) : action.value;
  let answers: Answers = state.answers;
  if (value === undefined) {
    const { [questionId]: _cleared, ...rest } = state.answers;
    answers = rest;
  } else {
    const stored = toStoredAnswer(value);
    if (stored !== undefined) answers = { ...state.answers, [questionId]: stored };
  }
  const issues = value === undefined ? [] : validateSessionAnswer(entry.question, value);

  const view = getSessionView(questionnaire, answers);
  const errors = dropHiddenErrors(replaceErrors(state.errors, [questionId], { [questionId]: issues }), view.compiled, view.visible);
  const changed: SessionState = { ...state, answers, errors };
  if (state.status !== 'in_progress') return changed;
  // The answer may have hidden the section being answered: settle on the step that takes its place.
  return moveTo(view, changed, currentStepIndex(view, changed));
}

/** Validates the section step at `index`, storing its issues; true when it passes. */
function checkStep(view: SessionView, state: SessionState, index: number): { passes: boolean; state: SessionState } {
  const step = view.steps[index];
  if (!step) return { passes: true, state };
  const issues = validateQuestions(step.questions, state.answers);
  const errors = replaceErrors(state.errors, step.questions.map((question) => question.id), issues);
  return { passes: Object.keys(issues).length === 0, state: { ...state, errors } };
}

function next(view: SessionView, state: SessionState): SessionState {
  if (state.status !== 'in_progress') return state;
  const index = currentStepIndex(view, state);
  const checked = checkStep(view, state, index);
  return moveTo(view, checked.state, checked.passes ? index + 1 : index);
}

function back(view: SessionView, state: SessionState): SessionState {
  if (state.status === 'complete') return state;
  const index = currentStepIndex(view, state);
  return index > 0 ? moveTo(view, state, index - 1) : state;
}

function goTo(view: SessionView, state: SessionState, action: ActionOf<'goTo'>): SessionState {
  if (state.status === 'complete') return state;
  const target = targetIndex(view, action);
  if (target < 0) return state;
  const index = currentStepIndex(view, state);
  if (target <= index || isStepVisited(view, state, target)) return moveTo(view, state, target);
  // Forward to a step not seen yet: every step on the way must pass, as if by `next`.
  let current = state;
  for (let step = index; step < target; step += 1) {
    const checked = checkStep(view, current, step);
    if (!checked.passes) return moveTo(view, checked.state, step);
    current = checked.state;
  }
  return moveTo(view, current, target);
}

function complete(view: SessionView, state: SessionState): SessionState {
  if (state.status === 'complete') return state;
  const questions = view.steps.flatMap((step) => step.questions);
  const issues = validateQuestions(questions, state.answers);
  const errors = replaceErrors(state.errors, view.visible, issues);
  const failing = view.steps.findIndex((step) => step.questions.some((question) => Object.hasOwn(issues, question.id)));
  if (failing >= 0) return moveTo(view, { ...state, errors }, failing);
  return { ...state, status: 'complete', currentSectionId: null, errors };
}

function reset(questionnaire: Questionnaire, action: ActionOf<'reset'>): SessionState {
  return createSession(questionnaire, { answers: action.answers });
}

function apply(questionnaire: Questionnaire, state: SessionState, action: SessionAction): SessionState {
  switch (action.type) {
    case 'answer':
      return state.status === 'complete' ? state : answer(questionnaire, state, action);
    case 'reset':
      return reset(questionnaire, action);
    default:
      break;
  }
  const view = getSessionView(questionnaire, state.answers);
  switch (action.type) {
    case 'start':
      return moveTo(view, state, 0);
    case 'next':
      return next(view, state);
    case 'back':
      return back(view, state);
    case 'goTo':
      return goTo(view, state, action);
    case 'complete':
      return complete(view, state);
    default:
      return state;
  }
}

const isAction = (action: unknown): action is SessionAction =>
  typeof action === 'object' && action !== null && typeof (action as { type?: unknown }).type === 'string';

/**
 * The session reducer: the next state of a wizard session after `action`. Pure: it never mutates
 * `state`, and returns the very same object when nothing changes, so React can skip the render.
 * Never throws: a state of another questionnaire (or version, see `isSessionFor`), a malformed
 * state, or an unknown action is returned unchanged; so is any action but `start` and `reset` once
 * the session is complete.
 *
 * - `start`: to the first step, status `in_progress`, answers kept.
 * - `answer`: sets the answer (`undefined` clears it; a function gets the previous value) and
 *   replaces that field's errors with the answer's issues; an unknown question gets an
 *   `unknown_question` issue under its id and nothing else changes.
 * - `next`: validates the current step (answers valid, required ones given); stays with the errors
 *   set if it fails, else goes to the next step or to review.
 * - `back`: to the previous step, no validation.
 * - `goTo`: back always; forward to a visited step, or else across steps that all validate (it stops
 *   on the first that fails, with its errors).
 * - `complete`: validates every visible question; done if all pass, else on the first failing step
 *   with every error set.
 * - `reset`: a fresh session, with `answers` if given.
 * @example
 * // Without React:
 * let session = createSession(questionnaire);
 * session = reduceSession(questionnaire, session, { type: 'answer', questionId: 'market', value: 'b2b' });
 * session = reduceSession(questionnaire, session, { type: 'next' });
 * // With React:
 * const [session, dispatch] = useReducer(
 *   (state: SessionState, action: SessionAction) => reduceSession(questionnaire, state, action),
 *   questionnaire,
 *   (q) => createSession(q),
 * );
 */
export function reduceSession(questionnaire: Questionnaire, state: SessionState, action: SessionAction): SessionState {
  if (!isSessionFor(questionnaire, state) || !isAction(action)) return state;
  return keepUnchanged(state, apply(questionnaire, state, action));
}
