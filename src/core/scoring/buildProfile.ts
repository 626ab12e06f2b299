import type { Answers } from '../answers/answers.types';
import type { Issue } from '../errors';
import { computeKpis } from '../kpis/computeKpis';
import type { CompiledQuestionnaire } from '../questionnaire/compileQuestionnaire';
import { fireRules } from '../recommendations/getRecommendations';
import { impactOfRule } from '../recommendations/impactOf';
import { getConfidence } from './getConfidence';
import { getFit } from './getFit';
import { getTier } from './getTier';
import { scoreAxes } from './scoreAxes';
import { rankDimensions, weightedIndex } from './summariseDimensions';
import type { DimensionScore, Profile, ScoreOptions } from './scoring.types';

/** What a profile is built from: the counted answers, by id and by position, and what was left out. */
export interface CountedAnswers {
  /** Whether each question is shown, by position (`compiled.questions` order). */
  shown: readonly boolean[];
  /** Valid, given answers to shown questions, by position; undefined when not counted. */
  values: readonly (Answers[string] | undefined)[];
  /** The same answers by question id. */
  answers: Answers;
  /** Issues of the answers left out as invalid. */
  issues: Issue[];
}

/** Indexes results by id for the rules' lookups. */
function byId<T extends { id: string }, V>(items: readonly T[], pick: (item: T) => V): Map<string, V> {
  const map = new Map<string, V>();
  for (const item of items) map.set(item.id, pick(item));
  return map;
}

/**
 * The profile of counted answers whose dimensions are already scored: shared by `scoreAnswers`,
 * which scores from scratch, and the assessment store, which keeps dimension scores up to date
 * answer by answer.
 */
export function buildProfile(
  compiled: CompiledQuestionnaire,
  counted: CountedAnswers,
  dimensions: DimensionScore[],
  options: ScoreOptions = {},
): Profile {
  const { questionnaire } = compiled;
  const { shown, values, answers, issues } = counted;
  const axes = scoreAxes(compiled, values);
  const kpis = computeKpis(questionnaire.kpis ?? [], answers, options.benchmarks);
  const fit = getFit(questionnaire, answers, axes);
  const index = weightedIndex(dimensions);

  let scorable = 0;
  let answered = 0;
  compiled.questions.forEach(({ isScorable }, position) => {
    if (!isScorable || !shown[position]) return;
    scorable += 1;
    if (values[position] !== undefined) answered += 1;
  });

  const recommendations = fireRules(
    questionnaire.rules ?? [],
    compiled.ruleConditions,
    { answers, dimensions: byId(dimensions, (d) => d.score), axes: byId(axes, (a) => a.position), kpis: byId(kpis, (k) => k), fit: fit.status },
    impactOfRule(dimensions),
  );

  const completeness = scorable > 0 ? answered / scorable : 0;
  const provisionalReason = getConfidence(questionnaire, { index, answered, scorable });
  // No tier is claimed on too little data: the index, if any, is a first reading.
  const tier =
    provisionalReason === null && index !== null
      ? getTier(questionnaire.tiers, index, dimensions)
      : { tier: null, uncappedTier: null, cappedBy: null };

  return {
    questionnaireId: questionnaire.id,
    questionnaireVersion: questionnaire.version,
    dimensions,
    axes,
    index,
    ...tier,
    provisional: provisionalReason !== null,
    provisionalReason,
    completeness,
    ...rankDimensions(dimensions, options),
    fit,
    kpis,
    recommendations,
    issues,
  };
}
