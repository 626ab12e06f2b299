import type { Answers } from '../answers/answers.types';
import type { Issue } from '../errors';
import { computeKpis } from '../kpis/computeKpis';
import type { CompiledQuestionnaire } from '../questionnaire/compileQuestionnaire';
import { fireRules } from '../recommendations/getRecommendations';
import { impactOfRule } from '../recommendations/impactOf';
import { getConfidence, type AnswerCounts } from './getConfidence';
import { getFit } from './getFit';
import { getTier } from './getTier';
import { scoreAxes } from './scoreAxes';
import { rankDimensions, weightedIndex } from './summariseDimensions';
import type { DimensionScore, Profile, ProvisionalReason, ScoreOptions } from './scoring.types';

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

/** How many shown questions can score, and how many of them were answered: what completeness and confidence read. */
export function countScorable(compiled: CompiledQuestionnaire, { shown, values }: Pick<CountedAnswers, 'shown' | 'values'>): { scorable: number; answered: number } {
  let scorable = 0;
  let answered = 0;
  const { questions } = compiled;
  for (let position = 0; position < questions.length; position += 1) {
    if (!questions[position]!.isScorable || !shown[position]) continue;
    scorable += 1;
    if (values[position] !== undefined) answered += 1;
  }
  return { scorable, answered };
}

/** Whether the profile is provisional, and its tier when it is not: no tier is claimed on too little data. */
export function claimTier(
  questionnaire: CompiledQuestionnaire['questionnaire'],
  dimensions: readonly Pick<DimensionScore, 'id' | 'score'>[],
  counts: AnswerCounts,
): { provisionalReason: ProvisionalReason | null; tier: string | null; uncappedTier: string | null; cappedBy: string | null } {
  const provisionalReason = getConfidence(questionnaire, counts);
  if (provisionalReason !== null || counts.index === null) return { provisionalReason, tier: null, uncappedTier: null, cappedBy: null };
  return { provisionalReason, ...getTier(questionnaire.tiers, counts.index, dimensions) };
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
  const { values, answers, issues } = counted;
  const axes = scoreAxes(compiled, values);
  const kpis = computeKpis(questionnaire.kpis ?? [], answers, options.benchmarks);
  const fit = getFit(questionnaire, answers, axes);
  const index = weightedIndex(dimensions);

  const { scorable, answered } = countScorable(compiled, counted);

  const recommendations = fireRules(
    questionnaire.rules ?? [],
    compiled.ruleConditions,
    { answers, dimensions: byId(dimensions, (d) => d.score), axes: byId(axes, (a) => a.position), kpis: byId(kpis, (k) => k), fit: fit.status },
    impactOfRule(dimensions),
  );

  const completeness = scorable > 0 ? answered / scorable : 0;
  // No tier is claimed on too little data: the index, if any, is a first reading.
  const { provisionalReason, ...tier } = claimTier(questionnaire, dimensions, { index, answered, scorable });

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
