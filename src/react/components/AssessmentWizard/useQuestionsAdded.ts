import { useMemo } from 'react';
import { countQuestionsAdded, type Answers, type Question, type Questionnaire } from '../../../core';

/** By question id, what each option would add to the questions asked; questions whose options add nothing are left out. */
export type QuestionsAddedByQuestion = ReadonlyMap<string, Readonly<Record<string, number>>>;

/**
 * What each option of the step's choice questions would add ("adds 15 questions"), recomputed when
 * the answers change: the progress count is then known before it grows.
 */
export function useQuestionsAdded(questionnaire: Questionnaire, answers: Answers, questions: readonly Question[] | undefined): QuestionsAddedByQuestion {
  return useMemo(() => {
    const added = new Map<string, Readonly<Record<string, number>>>();
    for (const question of questions ?? []) {
      const counts = countQuestionsAdded(questionnaire, answers, question.id);
      if (Object.keys(counts).length > 0) added.set(question.id, counts);
    }
    return added;
  }, [questionnaire, answers, questions]);
}
