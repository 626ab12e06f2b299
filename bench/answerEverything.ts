import type { Answers, Question, Questionnaire } from '../src/core';

/** An answer to every question of a questionnaire (first option, a mid Likert, round numbers), gates opened. */
export function answerEverything(questionnaire: Questionnaire): Answers {
  const answers: Record<string, Answers[string]> = {};
  const answer = (question: Question): Answers[string] => {
    switch (question.type) {
      case 'single':
        return (question.options.find((o) => o.id === 'yes') ?? question.options[question.options.length - 1])!.id;
      case 'multi':
        return question.options.slice(0, question.max ?? 2).map((o) => o.id);
      case 'likert':
        return 4;
      case 'number':
        return Math.max(question.min ?? 0, Math.min(question.max ?? 1000, 40));
      case 'email':
        return 'ada@example.com';
      default:
        return 'Example Ltd';
    }
  };
  for (const section of questionnaire.sections) for (const question of section.questions) answers[question.id] = answer(question);
  return answers;
}
