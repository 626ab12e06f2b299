import type { Answers } from '../answers/answers.types';
import type { CompiledQuestionnaire } from '../questionnaire/compileQuestionnaire';
import type { Question } from '../questionnaire/questionnaire.types';
import type { Contribution, DimensionScore } from './scoring.types';

/** The points one answer earns per dimension. */
export function pointsOf(question: Question, value: Answers[string]): Record<string, number> {
  const earned: Record<string, number> = {};
  const add = (points: Record<string, number> | undefined, factor = 1) => {
    if (points) for (const id in points) earned[id] = (earned[id] ?? 0) + (points[id] as number) * factor;
  };
  switch (question.type) {
    case 'single':
      add(question.options.find((option) => option.id === value)?.points);
      break;
    case 'multi':
      for (const option of question.options) if ((value as readonly string[]).includes(option.id)) add(option.points);
      break;
    case 'likert':
      add(question.points, ((value as number) - 1) / 4);
      break;
    case 'number': {
      let band: (typeof question.bands & {})[number] | undefined;
      for (const candidate of question.bands ?? []) if ((value as number) >= candidate.atLeast) band = candidate;
      add(band?.points);
      break;
    }
    default:
      break;
  }
  return earned;
}

/** Scores every dimension over the visible, answered questions, listing each contribution. */
export function scoreDimensions(compiled: CompiledQuestionnaire, answers: Answers): DimensionScore[] {
  const scores = new Map<string, DimensionScore>();
  for (const dimension of compiled.questionnaire.dimensions)
    scores.set(dimension.id, { id: dimension.id, score: null, points: 0, maxPoints: 0, weight: dimension.weight ?? 1, contributions: [] });
  for (const { question, maxEntries } of compiled.questions) {
    const value = answers[question.id];
    if (value === undefined || maxEntries.length === 0) continue;
    const earned = pointsOf(question, value);
    const optionIds = typeof value === 'string' ? [value] : Array.isArray(value) ? [...value] : [];
    for (const [dimensionId, max] of maxEntries) {
      const score = scores.get(dimensionId);
      if (!score) continue;
      const points = Math.min(earned[dimensionId] ?? 0, max);
      score.points += points;
      score.maxPoints += max;
      const contribution: Contribution = { questionId: question.id, optionIds, points, maxPoints: max };
      if (typeof value === 'number') contribution.value = value;
      score.contributions.push(contribution);
    }
  }
  const list = [...scores.values()];
  for (const score of list) if (score.maxPoints > 0) score.score = (score.points / score.maxPoints) * 100;
  return list;
}
