import type { Answers } from '../../src/core';
import type { Option, Question, Questionnaire } from '../../src/core/questionnaire/questionnaire.types';
import { getVisibleQuestions } from './visibleQuestions';

type Points = Record<string, number>;

const total = (points: Points | undefined) => Object.values(points ?? {}).reduce((sum, value) => sum + value, 0);
const pointsIn = (item: { points?: Points; pointsFor?: Record<string, Points> }, market: string) => item.pointsFor?.[market] ?? item.points;

// Among options worth the same, the one whose practice leans furthest toward the market's own pole.
const lean = (option: Option, pole: number) => (option.axes?.orientation ?? 0) * pole;

function bestAnswer(question: Question, market: string, pole: number): Answers[string] | undefined {
  if (question.type === 'single') {
    const ranked = [...question.options].sort(
      (a, b) => total(pointsIn(b, market)) - total(pointsIn(a, market)) || lean(b, pole) - lean(a, pole),
    );
    return ranked[0]?.id;
  }
  if (question.type === 'multi') {
    const chosen = question.options.filter((option) => total(pointsIn(option, market)) > 0 || lean(option, pole) > 0);
    return chosen.map((option) => option.id);
  }
  if (question.type === 'likert') return 5;
  if (question.type === 'number' && question.bands) {
    const best = [...question.bands].sort((a, b) => total(pointsIn(b, market)) - total(pointsIn(a, market)))[0];
    return best?.atLeast;
  }
  return undefined;
}

/**
 * The answers that earn the most points for a seller to `market`, leaning to that market's pole
 * where options tie: what a company doing its own market's practice well would answer.
 */
export function bestAnswersFor(questionnaire: Questionnaire, market: 'b2b' | 'b2c', pole: 1 | -1): Answers {
  const answers: Record<string, Answers[string]> = { market };
  for (const question of getVisibleQuestions(questionnaire, answers)) {
    if (question.id === 'market') continue;
    const answer = bestAnswer(question, market, pole);
    if (answer !== undefined) answers[question.id] = answer;
  }
  return answers;
}
