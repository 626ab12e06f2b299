import type { Answers, AnswerValue } from '../answers/answers.types';
import { splitValidAnswers, withoutBlankAnswers } from '../answers/validateAnswers';
import { compileQuestionnaire } from '../questionnaire/compileQuestionnaire';
import type { Questionnaire } from '../questionnaire/questionnaire.types';
import { getVisibleAnswers } from './getVisibleAnswers';

/** The answer a choice question would have with `optionId` picked: the option itself, or added to a multi answer's others. */
function answerWith(current: AnswerValue | undefined, optionId: string, isMulti: boolean): AnswerValue {
  if (!isMulti) return optionId;
  const chosen = Array.isArray(current) ? current.filter((id): id is string => typeof id === 'string') : [];
  return chosen.includes(optionId) ? chosen : [...chosen, optionId];
}

/**
 * How many hidden questions each option of a choice question would bring into view, the other
 * answers as they are: so a respondent sees "adds 15 questions" before picking it, and progress
 * counts never jump unannounced. Options that add nothing are left out; an unknown question, a
 * question no condition reads, or one that is not single or multi choice gives `{}`.
 * @example countQuestionsAdded(socialMediaAssessment, answers, 'share_numbers') // { yes: 15 }
 */
export function countQuestionsAdded(questionnaire: Questionnaire, answers: Answers, questionId: string): Record<string, number> {
  const compiled = compileQuestionnaire(questionnaire);
  const entry = compiled.byId.get(questionId);
  if (!entry || compiled.dependents[entry.order]!.length === 0) return {};
  const { question } = entry;
  if (question.type !== 'single' && question.type !== 'multi') return {};
  // Counted as the session counts them: invalid and blank answers show nothing.
  const given = withoutBlankAnswers(splitValidAnswers(compiled, answers).valid);
  const before = getVisibleAnswers(compiled, given).shown;
  const added: Record<string, number> = {};
  for (const option of question.options) {
    const after = getVisibleAnswers(compiled, { ...given, [questionId]: answerWith(given[questionId], option.id, question.type === 'multi') }).shown;
    let count = 0;
    for (let position = entry.order + 1; position < after.length; position += 1) if (after[position] && !before[position]) count += 1;
    if (count > 0) added[option.id] = count;
  }
  return added;
}
