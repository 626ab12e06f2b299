import type { AnswerValue } from '../answers/answers.types';
import type { Issue } from '../errors';
import type { CompiledQuestionnaire } from '../questionnaire/compileQuestionnaire';
import { readAnswers } from '../answers/readAnswers';
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
  // Read as data: a host's getter never runs and a throwing proxy becomes its answer's issue.
  const { known, issues: unread } = readAnswers(compiled, typeof given === 'object' && given !== null ? given : {});
  const setError = (id: string, issue: Issue) =>
    // Defined, not assigned: an id such as `__proto__` is reported like any other, not taken for the prototype.
    Object.defineProperty(errors, id, { value: [...(Object.hasOwn(errors, id) ? errors[id]! : []), issue], enumerable: true, writable: true, configurable: true });
  for (const issue of unread) if (issue.code === 'unknown_question') setError(String(issue.segments[1]), issue);
  for (const [id, value] of Object.entries(known)) {
    const stored = toStoredAnswer(value);
    if (stored !== undefined) answers[id] = stored;
  }
  const model = buildAnswerModel(compiled, answers);
  const layout = layoutSteps(compiled, model.shown, undefined, [], inScope);
  const shown = (id: unknown) => typeof id === 'string' && compiled.byId.has(id) && model.shown[compiled.byId.get(id)!.order];
  // Field errors for what was given (as typed, even when it could not be stored), on visible questions only.
  for (const [id, value] of Object.entries(known)) {
    if (!shown(id)) continue;
    const issues = [...fieldIssuesOf(compiled.byId.get(id)!.question, value)];
    if (issues.length > 0) errors[id] = issues;
  }
  // And for what could not be read at all: a getter, a throwing proxy, a list past its limit.
  for (const issue of unread) if (issue.code !== 'unknown_question' && shown(issue.segments[1])) setError(String(issue.segments[1]), issue);
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

