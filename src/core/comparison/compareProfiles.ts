import type { CompareProfilesOptions, DimensionComparison, LabelledProfile, ProfileComparison } from './comparison.types';

/** The min, max, spread, mean and who is lowest and highest, over the scores that are not null. */
function compareDimension(id: string, scores: (number | null)[]): DimensionComparison {
  const answered = scores.filter((score): score is number => score !== null);
  if (answered.length === 0) return { id, scores, answered: 0, min: null, max: null, spread: null, mean: null, lowest: [], highest: [] };
  const min = Math.min(...answered);
  const max = Math.max(...answered);
  const indexesOf = (target: number) => scores.flatMap((score, index) => (score === target ? [index] : []));
  return {
    id,
    scores,
    answered: answered.length,
    min,
    max,
    spread: answered.length < 2 ? null : max - min,
    mean: answered.reduce((sum, score) => sum + score, 0) / answered.length,
    lowest: indexesOf(min),
    highest: indexesOf(max),
  };
}

/**
 * Compares several respondents' profiles (a buying committee: marketing, sales, an executive) per
 * dimension: each one's score, the min, max, mean, and the spread (max − min over those who answered),
 * with the dimensions ranked by disagreement. Unanswered dimensions count for nobody. Scores are
 * compared exactly unless `scoreDecimals` rounds them first (a view showing whole numbers passes 0,
 * so its spreads and ranking agree with the numbers on screen). Throws a `TypeError` if the profiles come from
 * different questionnaires, whose dimensions cannot be compared.
 * @example
 * const { byDisagreement } = compareProfiles([{ label: 'Marketing', profile: a }, { label: 'Sales', profile: b }]);
 * byDisagreement[0]?.id // the dimension they disagree on most
 */
export function compareProfiles(profiles: readonly LabelledProfile[], options: CompareProfilesOptions = {}): ProfileComparison {
  const questionnaires = new Set(profiles.map(({ profile }) => `${profile.questionnaireId}@${profile.questionnaireVersion}`));
  if (new Set(profiles.map(({ profile }) => profile.questionnaireId)).size > 1)
    throw new TypeError(`compareProfiles needs profiles of one questionnaire; got ${[...questionnaires].join(', ')}`);
  // Versions of one questionnaire may differ in dimensions: take every dimension any profile has.
  const ids = [...new Set(profiles.flatMap(({ profile }) => profile.dimensions.map((dimension) => dimension.id)))];
  const { scoreDecimals } = options;
  const factor = scoreDecimals === undefined ? 1 : 10 ** scoreDecimals;
  const round = (score: number | null) => (score === null || scoreDecimals === undefined ? score : Math.round(score * factor) / factor);
  const dimensions = ids.map((id) =>
    compareDimension(
      id,
      profiles.map(({ profile }) => round(profile.dimensions.find((dimension) => dimension.id === id)?.score ?? null)),
    ),
  );
  // Array.prototype.sort is stable, so equal spreads keep dimension order.
  const byDisagreement = dimensions
    .filter((dimension) => dimension.spread !== null)
    .sort((a, b) => (b.spread ?? 0) - (a.spread ?? 0));
  return { labels: profiles.map(({ label }) => label), dimensions, byDisagreement };
}
