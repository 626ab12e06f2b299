import fc from 'fast-check';
import type { Answers, Question, Questionnaire } from '../../../src/core';

/** A valid answer to one question, across its whole range: negative and fractional numbers, any text. */
function validAnswerArb(question: Question, shuffle: boolean): fc.Arbitrary<Answers[string]> {
  switch (question.type) {
    case 'single':
      return fc.constantFrom(...question.options.map((option) => option.id));
    case 'multi': {
      const ids = question.options.map((option) => option.id);
      const limits = { maxLength: question.max ?? ids.length };
      return shuffle ? fc.shuffledSubarray(ids, limits) : fc.subarray(ids, limits);
    }
    case 'likert':
      return fc.integer({ min: 1, max: 5 });
    case 'number': {
      const min = question.min ?? -1e12;
      const max = question.max ?? 1e12;
      return question.integer ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) }) : fc.double({ min, max, noNaN: true });
    }
    case 'text':
      // Any UTF-16, lone surrogates included: a token must give back exactly what was typed.
      return fc.string({ unit: 'binary', maxLength: Math.min(question.maxLength ?? 2000, 40) });
    case 'email':
      return fc
        .tuple(fc.stringMatching(/^[a-z0-9._+-]{1,20}$/), fc.stringMatching(/^[a-z0-9-]{1,20}$/), fc.constantFrom('com', 'ng', 'tw'))
        .map(([local, domain, tld]) => `${local}@${domain}.${tld}`);
  }
}

/**
 * Valid answers to any subset of a questionnaire's questions. Multi answers list their options in the
 * questionnaire's order unless `shuffle`, as a token gives them back in that order.
 */
export function validAnswersArb(questionnaire: Questionnaire, { shuffle = false } = {}): fc.Arbitrary<Answers> {
  const questions = questionnaire.sections.flatMap((section) => section.questions);
  return fc.record(Object.fromEntries(questions.map((question) => [question.id, validAnswerArb(question, shuffle)])), {
    requiredKeys: [],
  }) as fc.Arbitrary<Answers>;
}

/** The answers with each multi answer's options in the questionnaire's order: what a token gives back. */
export function inQuestionnaireOrder(questionnaire: Questionnaire, answers: Answers): Answers {
  const questions = new Map(questionnaire.sections.flatMap((section) => section.questions).map((question) => [question.id, question]));
  return Object.fromEntries(
    Object.entries(answers).map(([id, value]) => {
      const question = questions.get(id);
      return [id, question?.type === 'multi' ? question.options.map((option) => option.id).filter((option) => (value as string[]).includes(option)) : value];
    }),
  );
}
