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
import type { Profile, ScoreOptions } from './scoring.types';

const DEFAULT_STRENGTH = 70;
const DEFAULT_GAP = 40;

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

/**
 * Scores answers into a B2B-readiness profile. Pure and deterministic: the same questionnaire and
 * answers always give the same profile. Invalid answers are left out and listed in `issues`;
 * hidden and skipped questions never lower a score. Throws a `ReadinessError` (code
 * `invalid_questionnaire`, with its issues) only for a definition that fails validation.
 * @example
 * const profile = scoreAnswers(socialMediaAssessment, { market: 'b2b', platform_focus: 'professional' });
 * profile.tier; // 'presence'
 */
export function scoreAnswers(questionnaire: Questionnaire, answers: Answers, options: ScoreOptions = {}): Profile {
  ensureValid(questionnaire);
  const compiled = compileQuestionnaire(questionnaire);
  const { valid, issues } = splitValidAnswers(compiled, answers);
  const { visible, answers: counted } = getVisibleAnswers(compiled, valid);

  const dimensions = scoreDimensions(compiled, counted);
  const axes = scoreAxes(compiled, counted);
  const kpis = computeKpis(questionnaire.kpis ?? [], counted, options.benchmarks);
  const fit = getFit(questionnaire, counted, axes);

  let weighted = 0;
  let totalWeight = 0;
  for (const dimension of dimensions) {
    if (dimension.score === null) continue;
    weighted += dimension.score * dimension.weight;
    totalWeight += dimension.weight;
  }
  const index = totalWeight > 0 ? weighted / totalWeight : 0;

  let scorable = 0;
  let answered = 0;
  // A fresh copy in asking order: the profile is a snapshot the host's later edits cannot reach.
  const scoredAnswers: Record<string, Answers[string]> = {};
  for (const { question, isScorable } of compiled.questions) {
    const value = counted[question.id];
    if (value !== undefined) scoredAnswers[question.id] = value;
    if (!isScorable || !visible.has(question.id)) continue;
    scorable += 1;
    if (value !== undefined) answered += 1;
  }

  const strengthThreshold = options.strengthThreshold ?? DEFAULT_STRENGTH;
  const gapThreshold = options.gapThreshold ?? DEFAULT_GAP;
  const scored = dimensions.filter((dimension) => dimension.score !== null) as (typeof dimensions[number] & { score: number })[];
  const strengths = scored.filter((d) => d.score >= strengthThreshold).sort((a, b) => b.score - a.score).map((d) => d.id);
  const gaps = scored.filter((d) => d.score < gapThreshold).sort((a, b) => a.score - b.score).map((d) => d.id);

  const recommendations = getRecommendations(questionnaire.rules ?? [], {
    answers: counted,
    dimensions: new Map(dimensions.map((d) => [d.id, d.score])),
    axes: new Map(axes.map((a) => [a.id, a.position])),
    kpis: new Map(kpis.map((k) => [k.id, k])),
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
    strengths,
    gaps,
    fit,
    kpis,
    recommendations,
    answers: scoredAnswers,
    issues,
  };
}
