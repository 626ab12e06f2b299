import type { Answers } from '../answers/answers.types';
import { splitValidAnswers } from '../answers/validateAnswers';
import { getVisibleAnswers } from '../conditions/getVisibleAnswers';
import { ReadinessError } from '../errors';
import { computeKpis } from '../kpis/computeKpis';
import { compileQuestionnaire } from '../questionnaire/compileQuestionnaire';
import { isValidatedQuestionnaire, parseQuestionnaire } from '../questionnaire/parseQuestionnaire';
import type { Questionnaire } from '../questionnaire/questionnaire.types';
import { getRecommendations } from '../recommendations/getRecommendations';
import { getFit } from './getFit';
import { getTier } from './getTier';
import { scoreAxes } from './scoreAxes';
import { scoreDimensions } from './scoreDimensions';
import { rankDimensions, weightedIndex } from './summariseDimensions';
import type { Profile, ScoreOptions } from './scoring.types';

/*
 * A questionnaire that did not come from parseQuestionnaire (one written in code, say) is validated
 * once and remembered, so a broken definition fails with its issues instead of a TypeError deep in
 * scoring, and a good one costs nothing on later calls.
 */
const checkedDefinitions = new WeakSet<object>();

function ensureValid(questionnaire: Questionnaire): void {
  if (isValidatedQuestionnaire(questionnaire) || checkedDefinitions.has(questionnaire)) return;
  const result = parseQuestionnaire(questionnaire);
  if (!result.ok) throw new ReadinessError('invalid_questionnaire', result.issues);
  checkedDefinitions.add(questionnaire);
}

/** Indexes results by id for the rules' lookups. */
function byId<T extends { id: string }, V>(items: readonly T[], pick: (item: T) => V): Map<string, V> {
  const map = new Map<string, V>();
  for (const item of items) map.set(item.id, pick(item));
  return map;
}

/**
 * Scores answers into a B2B-readiness profile. Pure and deterministic: the same questionnaire and
 * answers always give the same profile. Invalid answers are left out and listed in `issues`;
 * hidden and skipped questions never lower a score. Throws a `ReadinessError` (code
 * `invalid_questionnaire`, with its issues) only for a definition that fails validation.
 * @example
 * const profile = scoreAnswers(socialMediaAssessment, { market: 'b2b', main_platform_effort: 'visual_platforms' });
 * profile.fit.status; // 'mismatch': a B2B seller putting most effort into visual mass platforms
 */
export function scoreAnswers(questionnaire: Questionnaire, answers: Answers, options: ScoreOptions = {}): Profile {
  ensureValid(questionnaire);
  const compiled = compileQuestionnaire(questionnaire);
  const { valid, issues } = splitValidAnswers(compiled, answers);
  const { shown, answers: counted, values } = getVisibleAnswers(compiled, valid);

  const dimensions = scoreDimensions(compiled, values);
  const axes = scoreAxes(compiled, values);
  const kpis = computeKpis(questionnaire.kpis ?? [], counted, options.benchmarks);
  const fit = getFit(questionnaire, counted, axes);

  const index = weightedIndex(dimensions);

  let scorable = 0;
  let answered = 0;
  compiled.questions.forEach(({ isScorable }, position) => {
    if (!isScorable || !shown[position]) return;
    scorable += 1;
    if (values[position] !== undefined) answered += 1;
  });

  const recommendations = getRecommendations(questionnaire.rules ?? [], {
    answers: counted,
    dimensions: byId(dimensions, (d) => d.score),
    axes: byId(axes, (a) => a.position),
    kpis: byId(kpis, (k) => k),
    fit: fit.status,
  });

  return {
    questionnaireId: questionnaire.id,
    questionnaireVersion: questionnaire.version,
    dimensions,
    axes,
    index,
    ...getTier(questionnaire.tiers, index, dimensions),
    completeness: scorable > 0 ? answered / scorable : 0,
    ...rankDimensions(dimensions, options),
    fit,
    kpis,
    recommendations,
    issues,
  };
}
