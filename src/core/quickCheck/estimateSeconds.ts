import type { AnswerValue, Answers } from '../answers/answers.types';
import { answerAt } from '../answers/readOwnData';
import { isAnswered } from '../answers/isAnswered';
import type { Question } from '../questionnaire/questionnaire.types';

/*
 * Seconds a respondent takes per question, by type: reading the question and choosing. Rough, on
 * purpose: the estimate is shown as "about N minutes", and choosing one option is quicker than
 * choosing several, finding a figure or typing.
 */
const SECONDS_BY_TYPE: Record<Question['type'], number> = {
  single: 12,
  likert: 10,
  multi: 20,
  number: 30,
  text: 30,
  email: 15,
};

/** Seconds a respondent takes to answer `question`, by its type. */
export const estimateSeconds = (question: Question): number => SECONDS_BY_TYPE[question.type];

/**
 * Seconds left to answer the unanswered ones among `questions` (e.g. the visible questions of every
 * step): what "about 2 minutes left" is made from.
 * @example estimateSecondsLeft(steps.flatMap((step) => step.questions), answers) // 96
 */
export function estimateSecondsLeft(questions: readonly Question[], answers: Answers): number {
  let seconds = 0;
  for (const question of questions) {
    const value = answerAt(answers, question.id) as AnswerValue | undefined;
    if (!isAnswered(value)) seconds += estimateSeconds(question);
  }
  return seconds;
}
