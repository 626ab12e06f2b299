import type { AnswerValue } from '../answers/answers.types';
import { createIssue, type Issue } from '../errors';
import type { CompiledQuestionnaire } from '../questionnaire/compileQuestionnaire';
import { buildAnswerModel, type AnswerModel } from './answerModel';
import { moveTo } from './navigation';
import type { SessionNavigation } from './session.types';
import { fieldIssuesOf } from './sessionTransitions';
import { layoutSteps, type StepLayout } from './stepLayout';
import { toStoredAnswer } from './toStoredAnswer';

/** Everything the store holds between changes; a new one per change, parts shared. */
export interface Internal {
  nav: SessionNavigation;
  model: AnswerModel;
  layout: StepLayout;
}

export const answerPath = (questionId: string) => ['answers', questionId];

/**
 * A fresh session from answers: each is checked as answering it would; an invalid one is kept with
 * its field errors, one to an unknown question is reported under its id and left out. With `inScope`
 * (by position), the steps ask only those questions.
 */
export function startFrom(compiled: CompiledQuestionnaire, given: unknown, stepIndex = 0, inScope?: readonly boolean[]): Internal {
  const answers: Record<string, AnswerValue> = {};
  const errors: Record<string, Issue[]> = {};
  const source = typeof given === 'object' && given !== null ? given : {};
  for (const [id, value] of Object.entries(source)) {
    const entry = compiled.byId.get(id);
    if (!entry) {
      // Defined, not assigned: an id such as `__proto__` is reported like any other, not taken for the prototype.
      Object.defineProperty(errors, id, { value: [createIssue('unknown_question', answerPath(id), { id })], enumerable: true, writable: true, configurable: true });
      continue;
    }
    const stored = toStoredAnswer(value);
    if (stored !== undefined) answers[id] = stored;
  }
  const model = buildAnswerModel(compiled, answers);
  const layout = layoutSteps(compiled, model.shown, undefined, [], inScope);
  // Field errors for what was given (as typed, even when it could not be stored), on visible questions only.
  for (const [id, value] of Object.entries(source)) {
    const entry = compiled.byId.get(id);
    if (!entry || !model.shown[entry.order]) continue;
    const issues = [...fieldIssuesOf(entry.question, value)];
    if (issues.length > 0) errors[id] = issues;
  }
  const requested = Number.isFinite(stepIndex) ? Math.trunc(stepIndex) : 0;
  const first = Math.min(Math.max(requested, 0), layout.length);
  const { questionnaire } = compiled;
  const nav: SessionNavigation = {
    questionnaireId: questionnaire.id,
    questionnaireVersion: questionnaire.version,
    status: 'in_progress',
    currentSectionId: null,
    errors,
    visited: layout.slice(0, first).map((step) => step.section.id),
  };
  return { nav: moveTo(layout, nav, first), model, layout };
}

