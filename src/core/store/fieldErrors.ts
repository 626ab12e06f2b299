import type { Issue } from '../errors';
import type { CompiledQuestionnaire } from '../questionnaire/compileQuestionnaire';
import type { AnswerModel } from './answerModel';
import type { SessionNavigation } from './session.types';
import { sameIssues } from './sessionEquality';

/** The navigation with new errors; written out, as a literal of one shape is cheaper than a spread on every answer. */
export const withErrors = (nav: SessionNavigation, errors: SessionNavigation['errors']): SessionNavigation => ({
  questionnaireId: nav.questionnaireId,
  questionnaireVersion: nav.questionnaireVersion,
  status: nav.status,
  currentSectionId: nav.currentSectionId,
  errors,
  visited: nav.visited,
});

export const NONE_HIDDEN: readonly string[] = [];

/** The ids of the toggled questions that are now hidden. */
export const hiddenIds = (compiled: CompiledQuestionnaire, model: AnswerModel, toggled: readonly number[]): string[] =>
  toggled.filter((position) => !model.shown[position]).map((position) => compiled.questions[position]!.question.id);

/** A field's errors replaced, and those of fields just hidden dropped; the same object when nothing changes. */
export function updateErrors(errors: SessionNavigation['errors'], questionId: string, issues: readonly Issue[], hidden: readonly string[]): SessionNavigation['errors'] {
  const current = Object.hasOwn(errors, questionId) ? errors[questionId] : undefined;
  const isSame = issues.length === 0 ? current === undefined : current !== undefined && sameIssues(current, issues);
  if (isSame && !hidden.some((id) => Object.hasOwn(errors, id))) return errors;
  const next: Record<string, readonly Issue[]> = { ...errors };
  if (issues.length > 0) next[questionId] = issues;
  else delete next[questionId];
  for (const id of hidden) delete next[id];
  return next;
}

