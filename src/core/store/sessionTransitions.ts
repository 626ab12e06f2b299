import type { AnswerValue } from '../answers/answers.types';
import { isAnswered } from '../answers/isAnswered';
import { validateAnswer } from '../answers/validateAnswers';
import { createIssue, type Issue } from '../errors';
import type { CompiledQuestionnaire } from '../questionnaire/compileQuestionnaire';
import type { Question, Questionnaire } from '../questionnaire/questionnaire.types';
import type { AnswerModel } from './answerModel';
import { currentStepIndex, isStepVisited, moveTo, targetIndex } from './navigation';
import type { SessionNavigation, SessionTarget } from './session.types';
import type { StepLayout } from './stepLayout';

type Errors = SessionNavigation['errors'];

/** What a transition reads: the questionnaire, the steps and the answers as they stand. */
export interface TransitionContext {
  readonly compiled: CompiledQuestionnaire;
  readonly questionnaire: Questionnaire;
  readonly steps: StepLayout;
  readonly model: AnswerModel;
}

/**
 * A field's issues as the session shows them: none for a blank answer (blank is "not answered
 * yet", which only `required` judges, on leaving a step), else the answer's own.
 */
export function fieldIssues(compiled: CompiledQuestionnaire, model: AnswerModel, question: Question): readonly Issue[] {
  const value = model.raw[compiled.byId.get(question.id)!.order];
  if (!isAnswered(value)) return question.required ? [createIssue('required', ['answers', question.id])] : [];
  return model.issues.get(question.id) ?? [];
}

/** The issues of a value as the session shows them beside its field: none while blank, else the answer's own. */
export function fieldIssuesOf(question: Question, value: unknown): readonly Issue[] {
  if (!isAnsweredSafely(value)) return [];
  return validateAnswer(question, value, ['answers', question.id]);
}

/** `isAnswered` for a value that may be a host's revoked proxy: one that throws counts as given, so `validateAnswer` reports it. */
function isAnsweredSafely(value: unknown): boolean {
  try {
    return isAnswered(value as AnswerValue | undefined);
  } catch {
    return true;
  }
}

/** The issues of the given questions as leaving a step finds them, by question id. */
export function validateQuestions(compiled: CompiledQuestionnaire, model: AnswerModel, questions: readonly Question[]): Record<string, readonly Issue[]> {
  const errors: Record<string, readonly Issue[]> = {};
  for (const question of questions) {
    const issues = fieldIssues(compiled, model, question);
    if (issues.length > 0) errors[question.id] = issues;
  }
  return errors;
}

/** Replaces the errors of the given questions with `issues` (a question missing from it is cleared). */
export function replaceErrors(errors: Errors, questionIds: Iterable<string>, issues: Record<string, readonly Issue[]>): Errors {
  const next: Record<string, readonly Issue[]> = { ...errors };
  for (const id of questionIds) delete next[id];
  for (const [id, list] of Object.entries(issues)) if (list.length > 0) next[id] = list;
  return next;
}

/** Validates the section step at `index`, storing its issues; `passes` when it has none. */
function checkStep(context: TransitionContext, state: SessionNavigation, index: number): { passes: boolean; state: SessionNavigation } {
  const step = context.steps[index];
  if (!step) return { passes: true, state };
  const issues = validateQuestions(context.compiled, context.model, step.questions);
  const errors = replaceErrors(state.errors, step.questions.map((question) => question.id), issues);
  return { passes: Object.keys(issues).length === 0, state: { ...state, errors } };
}

/** To the first step, answers kept (also re-opens a completed session). */
export function start(context: TransitionContext, state: SessionNavigation): SessionNavigation {
  return moveTo(context.steps, state, 0);
}

/** Validates the current step and, if it passes, goes on to the next one or to review. */
export function next(context: TransitionContext, state: SessionNavigation): SessionNavigation {
  if (state.status !== 'in_progress') return state;
  const index = currentStepIndex(context.questionnaire, context.steps, state);
  const checked = checkStep(context, state, index);
  return moveTo(context.steps, checked.state, checked.passes ? index + 1 : index);
}

/** To the previous step, without validating. */
export function back(context: TransitionContext, state: SessionNavigation): SessionNavigation {
  if (state.status === 'complete') return state;
  const index = currentStepIndex(context.questionnaire, context.steps, state);
  return index > 0 ? moveTo(context.steps, state, index - 1) : state;
}

/** Back always; forward to a visited step, or else across steps that all validate (stopping on the first that fails). */
export function goTo(context: TransitionContext, state: SessionNavigation, target: SessionTarget): SessionNavigation {
  if (state.status === 'complete') return state;
  const to = targetIndex(context.steps, target);
  if (to < 0) return state;
  const index = currentStepIndex(context.questionnaire, context.steps, state);
  if (to <= index || isStepVisited(context.steps, state, to)) return moveTo(context.steps, state, to);
  let current = state;
  for (let step = index; step < to; step += 1) {
    const checked = checkStep(context, current, step);
    if (!checked.passes) return moveTo(context.steps, checked.state, step);
    current = checked.state;
  }
  return moveTo(context.steps, current, to);
}

/** Validates every visible question; done if all pass, else on the first failing step with every error set. */
export function complete(context: TransitionContext, state: SessionNavigation): SessionNavigation {
  if (state.status === 'complete') return state;
  const questions = context.steps.flatMap((step) => step.questions);
  const issues = validateQuestions(context.compiled, context.model, questions);
  const errors = replaceErrors(state.errors, questions.map((question) => question.id), issues);
  const failing = context.steps.findIndex((step) => step.questions.some((question) => Object.hasOwn(issues, question.id)));
  if (failing >= 0) return moveTo(context.steps, { ...state, errors }, failing);
  return { ...state, status: 'complete', currentSectionId: null, errors };
}
