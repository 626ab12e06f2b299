import type { Answers } from '../answers/answers.types';
import { splitValidAnswers, withoutBlankAnswers } from '../answers/validateAnswers';
import { getVisibleAnswers } from '../conditions/getVisibleAnswers';
import { compileQuestionnaire } from '../questionnaire/compileQuestionnaire';
import type { Question, Questionnaire } from '../questionnaire/questionnaire.types';
import { requireValidQuestionnaire } from '../questionnaire/requireValidQuestionnaire';
import { quickCheckPositions } from './quickCheckScope';

/**
 * The questions going deeper would ask: shown for these answers, outside the quick check, not
 * answered yet. What "answer 29 more, about 7 minutes" is made from. Empty without a quick check.
 * @example estimateSecondsLeft(questionsAfterQuickCheck(questionnaire, answers), answers)
 */
export function questionsAfterQuickCheck(questionnaire: Questionnaire, answers: Answers): Question[] {
  requireValidQuestionnaire(questionnaire);
  if (!questionnaire.quickCheck) return [];
  const compiled = compileQuestionnaire(questionnaire);
  const asked = quickCheckPositions(compiled);
  const { shown, values } = getVisibleAnswers(compiled, withoutBlankAnswers(splitValidAnswers(compiled, answers).valid));
  return compiled.questions.flatMap(({ question }, position) => (shown[position] && !asked[position] && values[position] === undefined ? [question] : []));
}
