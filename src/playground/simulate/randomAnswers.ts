import type { AnswerValue, Answers, NumberQuestion, Question, Questionnaire } from '../../core';
import { compileQuestionnaire } from '../../core/questionnaire/compileQuestionnaire';
import { randomInteger, seededRandom, type RandomSource } from './seededRandom';

/** How far above its lowest value a number question without a `max` may be answered: past its top band, or this. */
const OPEN_RANGE = 1000;

function randomNumber(question: NumberQuestion, random: RandomSource): number {
  const topBand = Math.max(0, ...(question.bands ?? []).map((band) => band.atLeast));
  const min = question.min ?? Math.min(0, question.max ?? 0);
  const max = question.max ?? Math.max(min + OPEN_RANGE, topBand * 2);
  const low = Math.ceil(min);
  const high = Math.floor(max);
  // Whole numbers read best and are valid for `integer` questions; a range holding none gets a fraction.
  if (low <= high) return randomInteger(random, low, high);
  return min + random() * (max - min);
}

/** A valid random answer, or undefined for questions that are never scored (text, email). */
function randomAnswer(question: Question, random: RandomSource): AnswerValue | undefined {
  switch (question.type) {
    case 'single':
      return question.options[randomInteger(random, 0, question.options.length - 1)]!.id;
    case 'multi': {
      const most = Math.min(question.max ?? question.options.length, question.options.length);
      const count = randomInteger(random, 1, most);
      // A partial shuffle picks `count` distinct options; they are listed in option order, as the wizard records them.
      const picked = question.options.map((_, index) => index);
      for (let index = 0; index < count; index += 1) {
        const swap = randomInteger(random, index, picked.length - 1);
        [picked[index], picked[swap]] = [picked[swap]!, picked[index]!];
      }
      return picked.slice(0, count).sort((a, b) => a - b).map((index) => question.options[index]!.id);
    }
    case 'likert':
      return randomInteger(random, 1, 5);
    case 'number':
      return randomNumber(question, random);
    case 'text':
    case 'email':
      return undefined;
  }
}

/**
 * Valid random answers to every question shown, in asking order, so later questions are shown or
 * hidden by the earlier random answers as a respondent's would be. Deterministic: the same
 * questionnaire and seed give the same answers. Text and email questions are left blank (never scored).
 * @example randomAnswers(questionnaire, 42) // { market: 'b2b', platforms_used: ['linkedin', 'x'], … }
 */
export function randomAnswers(questionnaire: Questionnaire, seed: number): Answers {
  const random = seededRandom(seed);
  const answers: Record<string, AnswerValue> = {};
  for (const { question, visibleIf } of compileQuestionnaire(questionnaire).questions) {
    if (visibleIf && !visibleIf({ answers })) continue;
    const value = randomAnswer(question, random);
    if (value !== undefined) answers[question.id] = value;
  }
  return answers;
}
