import type { Answers } from '../answers/answers.types';
import { isAnswered } from '../answers/isAnswered';
import { validateAnswer } from '../answers/validateAnswers';
import type { SessionStep } from '../store/session.types';

/** True when every question of a section step has a valid answer or may stay blank: what `next` checks before moving on. */
export function stepPasses(step: SessionStep, answers: Answers): boolean {
  if (step.kind === 'review') return true;
  return step.questions.every((question) => {
    const value = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
    if (!isAnswered(value)) return !question.required;
    return validateAnswer(question, value, ['answers', question.id]).length === 0;
  });
}
