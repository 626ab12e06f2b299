import type { Answers } from '../answers/answers.types';
import { chosenOptionIds, scoringFor, type CompiledQuestion, type CompiledQuestionnaire, type QuestionScoring } from '../questionnaire/compileQuestionnaire';
import type { Contribution, DimensionScore } from './scoring.types';

/**
 * The points a valid answer earns, one per entry of the question's `maxEntries`, before capping at
 * each max. A single choice returns its option's precomputed row, so the common case allocates nothing.
 */
export function earnedPoints({ question, maxEntries, options }: QuestionScoring, value: Answers[string]): readonly number[] {
  switch (question.type) {
    case 'single':
      return options.get(value as string)?.points ?? NONE;
    case 'multi': {
      const sum = maxEntries.map(() => 0);
      for (const id of value as readonly string[]) options.get(id)?.points.forEach((points, index) => (sum[index] = (sum[index] as number) + points));
      return sum;
    }
    case 'likert':
      return maxEntries.map(([, max]) => (max * ((value as number) - 1)) / 4);
    case 'number': {
      let band: (typeof question.bands & {})[number] | undefined;
      for (const candidate of question.bands ?? []) if ((value as number) >= candidate.atLeast) band = candidate;
      return maxEntries.map(([id]) => band?.points[id] ?? 0);
    }
    default:
      return NONE;
  }
}

const NONE: readonly number[] = Object.freeze([]);

/**
 * Scores one dimension over the visible, answered questions that can earn it points in the
 * respondent's market, listing each contribution. `values` holds the counted answers by position.
 * Below the definition's minimum of answers a dimension has no score: "not enough answers".
 */
export function scoreDimension(
  compiled: CompiledQuestionnaire,
  dimensionIndex: number,
  values: readonly (Answers[string] | undefined)[],
): DimensionScore {
  const dimension = compiled.questionnaire.dimensions[dimensionIndex]!;
  const score: DimensionScore = { id: dimension.id, score: null, points: 0, maxPoints: 0, weight: dimension.weight ?? 1, answered: 0, contributions: [] };
  const market = compiled.marketPosition === undefined ? undefined : values[compiled.marketPosition];
  for (const position of compiled.dimensionQuestions[dimensionIndex] ?? []) {
    const value = values[position];
    if (value === undefined) continue;
    const entry = compiled.questions[position] as CompiledQuestion;
    const scoring = scoringFor(entry, market);
    const index = scoring.maxEntries.findIndex((maxEntry) => maxEntry[2] === dimensionIndex);
    // In this market the question earns nothing here: it does not count for the dimension.
    if (index < 0) continue;
    const max = scoring.maxEntries[index]![1];
    const points = Math.min(earnedPoints(scoring, value)[index] ?? 0, max);
    score.points += points;
    score.maxPoints += max;
    const contribution: Contribution = { questionId: entry.question.id, optionIds: chosenOptionIds(entry, value), points, maxPoints: max };
    if (typeof value === 'number') contribution.value = value;
    score.contributions.push(contribution);
  }
  score.answered = score.contributions.length;
  if (score.maxPoints > 0 && score.answered >= (compiled.questionnaire.confidence?.minAnswersPerDimension ?? 1))
    score.score = (score.points / score.maxPoints) * 100;
  return score;
}

/**
 * Scores every dimension over the visible, answered questions, listing each contribution.
 * `values` holds the counted answers by question position (see getVisibleAnswers).
 */
export function scoreDimensions(compiled: CompiledQuestionnaire, values: readonly (Answers[string] | undefined)[]): DimensionScore[] {
  return compiled.questionnaire.dimensions.map((_, dimensionIndex) => scoreDimension(compiled, dimensionIndex, values));
}
