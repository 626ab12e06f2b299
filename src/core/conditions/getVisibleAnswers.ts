import type { Answers } from '../answers/answers.types';
import type { CompiledQuestionnaire } from '../questionnaire/compileQuestionnaire';
import type { ConditionContext } from './conditionContext';

/** Which questions are shown, and the answers that count: those to visible questions. */
export interface Visibility {
  visible: Set<string>;
  /** Answers to visible questions only; a hidden question's answer is kept by the session but never counts. */
  answers: Answers;
}

/**
 * Works out visibility in asking order: conditions may only look at earlier answers, so one pass
 * suffices, and an answer to a hidden question can never make a later question visible. The answers
 * are copied only when a hidden question was answered: the common case allocates nothing.
 */
export function getVisibleAnswers(compiled: CompiledQuestionnaire, answers: Answers): Visibility {
  const visible = new Set<string>();
  const context: ConditionContext = { answers };
  let counted: Record<string, Answers[string]> | undefined;
  for (const { question, visibleIf } of compiled.questions) {
    if (!visibleIf || visibleIf(context)) {
      visible.add(question.id);
      continue;
    }
    if (!Object.hasOwn(context.answers, question.id)) continue;
    if (!counted) context.answers = counted = { ...answers };
    delete counted[question.id];
  }
  return { visible, answers: context.answers };
}
