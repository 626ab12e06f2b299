import type { Answers } from '../../src/core';
import { getVisibleAnswers } from '../../src/core/conditions/getVisibleAnswers';
import { compileQuestionnaire } from '../../src/core/questionnaire/compileQuestionnaire';
import type { Question, Questionnaire } from '../../src/core/questionnaire/questionnaire.types';

/** The questions the engine shows a respondent with these answers, in asking order. */
export function getVisibleQuestions(questionnaire: Questionnaire, answers: Answers): Question[] {
  const compiled = compileQuestionnaire(questionnaire);
  const { shown } = getVisibleAnswers(compiled, answers);
  return compiled.questions.filter((_, position) => shown[position]).map((entry) => entry.question);
}
