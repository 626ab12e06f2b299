import type { Answers } from '../answers/answers.types';
import type { CompiledQuestionnaire } from '../questionnaire/compileQuestionnaire';
import { conditionHolds } from './evaluateCondition';

/** Which questions are shown, and the answers that count: those to visible questions. */
export interface Visibility {
  visible: Set<string>;
  /** Answers to visible questions only; a hidden question's answer is kept by the session but never counts. */
  answers: Record<string, Answers[string]>;
}

/**
 * Works out visibility in asking order: conditions may only look at earlier answers, so one pass
 * suffices, and an answer to a hidden question can never make a later question visible.
 */
export function getVisibleAnswers(compiled: CompiledQuestionnaire, answers: Answers): Visibility {
  const visible = new Set<string>();
  const counted: Record<string, Answers[string]> = {};
  const context = { answers: counted };
  for (const { question } of compiled.questions) {
    if (question.visibleIf && !conditionHolds(question.visibleIf, context)) continue;
    visible.add(question.id);
    const value = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
    if (value !== undefined) counted[question.id] = value;
  }
  return { visible, answers: counted };
}
