import type { Answers } from '../answers/answers.types';
import { validateAnswer } from '../answers/validateAnswers';
import { getVisibleAnswers } from '../conditions/getVisibleAnswers';
import { createIssue, ReadinessError, type Issue } from '../errors';
import { describeType } from '../jsonSchema/describeType';
import { computeKpis } from '../kpis/computeKpis';
import { compileQuestionnaire, type CompiledQuestionnaire } from '../questionnaire/compileQuestionnaire';
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

/** Keeps the valid answers to known questions; reports the rest. */
function keepValidAnswers(compiled: CompiledQuestionnaire, answers: unknown): { valid: Record<string, Answers[string]>; issues: Issue[] } {
  const valid: Record<string, Answers[string]> = {};
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers))
    return { valid, issues: [createIssue('invalid_type', ['answers'], { expected: 'object', received: describeType(answers) })] };
  const issues: Issue[] = [];
  for (const [id, value] of Object.entries(answers)) {
    const entry = compiled.byId.get(id);
    if (!entry) {
      issues.push(createIssue('unknown_question', ['answers', id], { id }));
      continue;
    }
    const problems = validateAnswer(entry.question, value, ['answers', id]);
    if (problems.length > 0) issues.push(...problems);
    else valid[id] = value as Answers[string];
  }
  return { valid, issues };
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
  const { valid, issues } = keepValidAnswers(compiled, answers);
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
  for (const { question, isScorable } of compiled.questions) {
    if (!isScorable || !visible.has(question.id)) continue;
    scorable += 1;
    if (counted[question.id] !== undefined) answered += 1;
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
    answers: counted,
    issues,
  };
}
