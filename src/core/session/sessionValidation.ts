import type { AnswerValue, Answers } from '../answers/answers.types';
import { isAnswered } from '../answers/isAnswered';
import { validateAnswer } from '../answers/validateAnswers';
import { createIssue, type Issue } from '../errors';
import type { CompiledQuestionnaire } from '../questionnaire/compileQuestionnaire';
import type { Question } from '../questionnaire/questionnaire.types';
import type { SessionState } from './session.types';

type Errors = SessionState['errors'];

/** The path of a question's answer, as `validateAnswers` reports it: `answers.<id>`. */
export const answerSegments = (questionId: string): (string | number)[] => ['answers', questionId];

/** Reads an answer without reaching into the prototype chain. */
export function answerOf(answers: Answers, questionId: string): AnswerValue | undefined {
  return Object.hasOwn(answers, questionId) ? answers[questionId] : undefined;
}

/**
 * The issues of one answer as the session sees them: none for a blank answer (blank is
 * "not answered yet", which only `required` judges, when leaving a step), else `validateAnswer`'s.
 */
export function validateSessionAnswer(question: Question, value: unknown): Issue[] {
  if (!isAnswered(value as AnswerValue | undefined)) return [];
  return [...validateAnswer(question, value, answerSegments(question.id))];
}

/** Validates questions as leaving a step does: each answer valid, each required one answered. */
export function validateQuestions(questions: readonly Question[], answers: Answers): Record<string, Issue[]> {
  const errors: Record<string, Issue[]> = {};
  for (const question of questions) {
    const value = answerOf(answers, question.id);
    const issues =
      !isAnswered(value) && question.required
        ? [createIssue('required', answerSegments(question.id))]
        : validateSessionAnswer(question, value);
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

/** Drops the errors of known questions that are hidden now; reports under unknown ids stay. */
export function dropHiddenErrors(errors: Errors, compiled: CompiledQuestionnaire, visible: ReadonlySet<string>): Errors {
  const next: Record<string, readonly Issue[]> = {};
  for (const [id, list] of Object.entries(errors)) if (!compiled.byId.has(id) || visible.has(id)) next[id] = list;
  return next;
}
