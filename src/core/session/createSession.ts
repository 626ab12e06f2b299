import type { AnswerValue } from '../answers/answers.types';
import { createIssue, type Issue } from '../errors';
import { compileQuestionnaire } from '../questionnaire/compileQuestionnaire';
import type { Questionnaire } from '../questionnaire/questionnaire.types';
import type { CreateSessionOptions, SessionState } from './session.types';
import { moveTo } from './sessionNavigation';
import { toStoredAnswer } from './toStoredAnswer';
import { answerSegments, dropHiddenErrors, validateSessionAnswer } from './sessionValidation';
import { getSessionView } from './sessionView';

/**
 * Makes the initial state of a wizard session: on the first step (or `stepIndex`), status
 * `in_progress`, with the given answers. Each answer is checked as the `answer` action checks it:
 * an invalid one is kept with its field errors, one to an unknown question is reported under its id
 * and left out. Steps before the start step count as visited. Never throws.
 * @example
 * const session = createSession(questionnaire);
 * const resumed = createSession(questionnaire, { answers: saved.answers, stepIndex: 2 });
 */
export function createSession(questionnaire: Questionnaire, options: CreateSessionOptions = {}): SessionState {
  const compiled = compileQuestionnaire(questionnaire);
  const answers: Record<string, AnswerValue> = {};
  const errors: Record<string, Issue[]> = {};
  const given: object = typeof options.answers === 'object' && options.answers !== null ? options.answers : {};
  for (const [id, value] of Object.entries(given)) {
    const entry = compiled.byId.get(id);
    if (!entry) {
      errors[id] = [createIssue('unknown_question', answerSegments(id), { id })];
      continue;
    }
    const stored = toStoredAnswer(value);
    if (stored !== undefined) answers[id] = stored;
    const issues = validateSessionAnswer(entry.question, value);
    if (issues.length > 0) errors[id] = issues;
  }

  const view = getSessionView(questionnaire, answers);
  const requested = Number.isFinite(options.stepIndex) ? Math.trunc(options.stepIndex!) : 0;
  const start = Math.min(Math.max(requested, 0), view.steps.length);
  const visited = view.steps.slice(0, start).map((step) => step.section.id);
  const initial: SessionState = {
    questionnaireId: questionnaire.id,
    questionnaireVersion: questionnaire.version,
    status: 'in_progress',
    currentSectionId: null,
    answers,
    errors: dropHiddenErrors(errors, compiled, view.visible),
    visited,
  };
  return moveTo(view, initial, start);
}
