import { checkCompiledAnswer } from '../answers/validateAnswers';
import type { Answers } from '../answers/answers.types';
import type { ConditionContext } from '../conditions/conditionContext';
import { collectConditionLeaves } from '../conditions/walkCondition';
import { describeType } from '../describeType';
import { createIssue, type Issue } from '../errors';
import { computeKpi } from '../kpis/computeKpis';
import { fillVisibleValues } from '../conditions/getVisibleAnswers';
import { compileQuestionnaire } from '../questionnaire/compileQuestionnaire';
import type { Kpi, KpiTerm, Questionnaire } from '../questionnaire/questionnaire.types';
import { requireValidQuestionnaire } from '../questionnaire/requireValidQuestionnaire';
import { firedRuleIds } from '../recommendations/getRecommendations';
import { impactOfRule } from '../recommendations/impactOf';
import { claimTier, countScorable } from '../scoring/buildProfile';
import { getFit } from '../scoring/getFit';
import { scoreAxes } from '../scoring/scoreAxes';
import { scoreDimensions } from '../scoring/scoreDimensions';
import type { KpiResult } from '../scoring/scoring.types';
import { weightedIndex } from '../scoring/summariseDimensions';
import type { BatchScorer } from './batch.types';
import { descriptivePositions } from './descriptiveQuestions';
import type { ProfileRecord } from './profileRecord.types';

/** The key of a respondent's id in an answers object, unless the questionnaire has a question of that id. */
const ID_KEY = 'id';

/** The KPIs some rule's condition reads: the only ones a record needs computed. */
function kpisReadByRules(questionnaire: Questionnaire): Kpi[] {
  const read = new Set<string>();
  for (const rule of questionnaire.rules ?? []) for (const { leaf } of collectConditionLeaves(rule.when)) if ('kpi' in leaf) read.add(leaf.kpi);
  return (questionnaire.kpis ?? []).filter((kpi) => read.has(kpi.id));
}

/** The question ids a term of a KPI reads. */
function termIds(term: KpiTerm | undefined): readonly string[] {
  if (term === undefined) return [];
  if (typeof term === 'string') return [term];
  return 'sum' in term ? term.sum : term.product;
}

/** The ids of the questions whose answers are read by id: in visibility and rule conditions, by the KPIs rules read, and the fit. */
function questionsReadById(questionnaire: Questionnaire, kpis: readonly Kpi[]): Set<string> {
  const read = new Set<string>();
  const conditions = [...questionnaire.sections.flatMap((section) => section.questions.flatMap((q) => (q.visibleIf ? [q.visibleIf] : []))), ...(questionnaire.rules ?? []).map((rule) => rule.when)];
  for (const condition of conditions) for (const { leaf } of collectConditionLeaves(condition)) if ('question' in leaf) read.add(leaf.question);
  for (const kpi of kpis) for (const id of [...termIds(kpi.numerator), ...termIds(kpi.denominator)]) read.add(id);
  if (questionnaire.fit) read.add(questionnaire.fit.question);
  return read;
}

/**
 * Makes a scorer for many answers objects against one questionnaire, as `score --ndjson` runs it: each
 * call validates the answers as `validateAnswers` does (invalid ones are refused with their issues,
 * as `score` refuses them) and returns the figures `scoreAnswers` would give, as a `ProfileRecord`,
 * without the reasons, texts and KPI details a respondent's own result carries. An `id` field that is
 * a string and not a question id is a respondent id (a CRM's, say): copied to the record, never
 * scored. Throws a `ReadinessError` only for a definition that fails validation, as `scoreAnswers` does.
 * @example
 * const score = createBatchScorer(socialMediaAssessment);
 * const result = score({ id: 'crm-42', market: 'b2b', company_size: 'small' });
 * if (result.ok) result.record.segment; // { market: 'b2b', deal_size: null, company_size: 'small', … }
 */
export function createBatchScorer(questionnaire: Questionnaire): BatchScorer {
  requireValidQuestionnaire(questionnaire);
  const compiled = compileQuestionnaire(questionnaire);
  const label = `${questionnaire.id}@${questionnaire.version}`;
  const hasIdQuestion = compiled.byId.has(ID_KEY);
  const segmentPositions = descriptivePositions(compiled);
  const segmentIds = segmentPositions.map((position) => compiled.questions[position]!.question.id);
  const rules = questionnaire.rules ?? [];
  const ruleKpis = kpisReadByRules(questionnaire);
  // Reused from call to call: a scorer runs one answers object at a time, to the end, synchronously.
  const dimensionScores = new Map<string, number | null>();
  const axisPositions = new Map<string, number | null>();
  const kpiResults = new Map<string, KpiResult>();
  const readIds = questionsReadById(questionnaire, ruleKpis);
  const isRead = compiled.questions.map(({ question }) => readIds.has(question.id));
  // Every key set once, here, in asking order: each call overwrites them all, so the shape never changes.
  const readable: Record<string, Answers[string] | undefined> = {};
  for (const { question } of compiled.questions) if (readIds.has(question.id)) readable[question.id] = undefined;
  const given: (Answers[string] | undefined)[] = compiled.questions.map(() => undefined);
  const shown: boolean[] = compiled.questions.map(() => false);
  const values: (Answers[string] | undefined)[] = compiled.questions.map(() => undefined);

  return (answers) => {
    if (typeof answers !== 'object' || answers === null || Array.isArray(answers))
      return { ok: false, issues: [createIssue('invalid_type', ['answers'], { expected: 'object', received: describeType(answers) })] };
    const record = answers as Record<string, unknown>;
    let id: string | undefined;
    let issues: Issue[] | undefined;
    // Each answer is read off the object once, here, and found by position from then on. A for-in
    // loop reads values through V8's enum cache, several times faster than looking each key up (or
    // than Object.hasOwn per key: an enumerable inherited key, which JSON.parse never makes, would
    // only be reported as an unknown question, never scored).
    given.fill(undefined);
    for (const key in record) {
      const value = record[key];
      const entry = compiled.byId.get(key);
      if (entry) {
        const problems = checkCompiledAnswer(entry, value);
        // One at a time: a spread of a long list of issues would overflow the call stack.
        if (problems.length > 0) for (const problem of problems) (issues ??= []).push(problem);
        else given[entry.order] = value as Answers[string];
      } else if (key === ID_KEY && !hasIdQuestion) {
        if (typeof value === 'string') id = value;
        else (issues ??= []).push(createIssue('invalid_type', ['answers', ID_KEY], { expected: 'a respondent id (string)', received: describeType(value) }));
      } else (issues ??= []).push(createIssue('unknown_question', ['answers', key], { id: key }));
    }
    if (issues) return { ok: false, issues };

    fillVisibleValues(compiled, given, shown, values, readable, isRead);
    const visible = readable as Answers;
    const counted = { shown, values };
    const dimensions = scoreDimensions(compiled, values, false);
    const axes = scoreAxes(compiled, values, false);
    const fit = getFit(questionnaire, visible, axes);
    const index = weightedIndex(dimensions);
    const { scorable, answered } = countScorable(compiled, counted);
    const { provisionalReason, tier } = claimTier(questionnaire, dimensions, { index, answered, scorable });

    const dimensionRecord: Record<string, number | null> = {};
    for (const dimension of dimensions) {
      dimensionRecord[dimension.id] = dimension.score;
      dimensionScores.set(dimension.id, dimension.score);
    }
    const axisRecord: Record<string, number | null> = {};
    for (const axis of axes) {
      axisRecord[axis.id] = axis.position;
      axisPositions.set(axis.id, axis.position);
    }
    for (const kpi of ruleKpis) kpiResults.set(kpi.id, computeKpi(kpi, visible));
    const segment: Record<string, string | null> = {};
    for (let at = 0; at < segmentIds.length; at += 1) segment[segmentIds[at]!] = (values[segmentPositions[at]!] as string | undefined) ?? null;

    const context: ConditionContext = { answers: visible, dimensions: dimensionScores, axes: axisPositions, kpis: kpiResults, fit: fit.status };
    const recommendations = firedRuleIds(rules, compiled.ruleConditions, context, impactOfRule(dimensions));
    const completeness = scorable > 0 ? answered / scorable : 0;
    const provisional = provisionalReason !== null;
    // Two literal shapes, so every record of a run shares one hidden class and stringifies fast.
    const profileRecord: ProfileRecord =
      id === undefined
        ? { questionnaire: label, index, tier, provisional, completeness, dimensions: dimensionRecord, axes: axisRecord, fit: fit.status, segment, recommendations }
        : { questionnaire: label, id, index, tier, provisional, completeness, dimensions: dimensionRecord, axes: axisRecord, fit: fit.status, segment, recommendations };
    return { ok: true, record: profileRecord };
  };
}
