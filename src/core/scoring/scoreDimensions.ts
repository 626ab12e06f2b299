import type { Answers } from '../answers/answers.types';
import { chosenOptionIds, scoringFor, type CompiledQuestion, type CompiledQuestionnaire, type QuestionScoring } from '../questionnaire/compileQuestionnaire';
import type { Contribution, DimensionScore } from './scoring.types';

/** The points a valid answer earns, one per entry of the question's `maxEntries`, before capping at each max. */
export function earnedPoints(scoring: QuestionScoring, value: Answers[string]): readonly number[] {
  return scoring.maxEntries.map((_, index) => earnedPointsAt(scoring, value, index));
}

/**
 * The points a valid answer earns in the question's `maxEntries[index]`, before capping at its max.
 * One number, not a row: this runs for every answer of every dimension of every scoring, so it allocates nothing.
 */
export function earnedPointsAt({ question, maxEntries, options }: QuestionScoring, value: Answers[string], index: number): number {
  switch (question.type) {
    case 'single':
      return options.get(value as string)?.points[index] ?? 0;
    case 'multi': {
      let sum = 0;
      for (const id of value as readonly string[]) {
        const option = options.get(id);
        if (option) sum += option.points[index]!;
      }
      return sum;
    }
    case 'likert':
      return (maxEntries[index]![1] * ((value as number) - 1)) / 4;
    case 'number': {
      let band: (typeof question.bands & {})[number] | undefined;
      for (const candidate of question.bands ?? []) if ((value as number) >= candidate.atLeast) band = candidate;
      return band?.points[maxEntries[index]![0]] ?? 0;
    }
    default:
      return 0;
  }
}

/** The position of a dimension in a question's `maxEntries`, or -1; a loop, as it runs per answer per scoring. */
function maxEntryIndex(scoring: QuestionScoring, dimensionIndex: number): number {
  const { maxEntries } = scoring;
  for (let index = 0; index < maxEntries.length; index += 1) if (maxEntries[index]![2] === dimensionIndex) return index;
  return -1;
}

/**
 * Scores one dimension over the visible, answered questions that can earn it points in the
 * respondent's market, listing each contribution unless `withContributions` is false (batch scoring
 * needs only the figures). `values` holds the counted answers by position.
 * Below the definition's minimum of answers a dimension has no score: "not enough answers".
 */
export function scoreDimension(
  compiled: CompiledQuestionnaire,
  dimensionIndex: number,
  values: readonly (Answers[string] | undefined)[],
  withContributions = true,
): DimensionScore {
  const dimension = compiled.questionnaire.dimensions[dimensionIndex]!;
  const score: DimensionScore = { id: dimension.id, score: null, points: 0, maxPoints: 0, weight: dimension.weight ?? 1, answered: 0, contributions: [] };
  const market = compiled.marketPosition === undefined ? undefined : values[compiled.marketPosition];
  for (const position of compiled.dimensionQuestions[dimensionIndex] ?? []) {
    const value = values[position];
    if (value === undefined) continue;
    const entry = compiled.questions[position] as CompiledQuestion;
    const scoring = scoringFor(entry, market);
    const index = maxEntryIndex(scoring, dimensionIndex);
    // In this market the question earns nothing here: it does not count for the dimension.
    if (index < 0) continue;
    const max = scoring.maxEntries[index]![1];
    const points = Math.min(earnedPointsAt(scoring, value, index), max);
    score.points += points;
    score.maxPoints += max;
    score.answered += 1;
    if (!withContributions) continue;
    const contribution: Contribution = { questionId: entry.question.id, optionIds: chosenOptionIds(entry, value), points, maxPoints: max };
    if (typeof value === 'number') contribution.value = value;
    score.contributions.push(contribution);
  }
  if (score.maxPoints > 0 && score.answered >= (compiled.questionnaire.confidence?.minAnswersPerDimension ?? 1))
    score.score = (score.points / score.maxPoints) * 100;
  return score;
}

/**
 * Scores every dimension over the visible, answered questions, listing each contribution.
 * `values` holds the counted answers by question position (see getVisibleAnswers).
 */
export function scoreDimensions(
  compiled: CompiledQuestionnaire,
  values: readonly (Answers[string] | undefined)[],
  withContributions = true,
): DimensionScore[] {
  return compiled.questionnaire.dimensions.map((_, dimensionIndex) => scoreDimension(compiled, dimensionIndex, values, withContributions));
}
