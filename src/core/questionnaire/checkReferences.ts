import { formatPath, type Issue, type IssueCode, type IssueParams } from '../errors';
import { collectConditionLeaves } from '../conditions/walkCondition';
import { createIssueList } from './issueList';
import type { Condition, KpiTerm, Question, Questionnaire } from './questionnaire.types';

type Segments = (string | number)[];

const COMPARISONS = ['gt', 'gte', 'lt', 'lte'] as const;
const ANSWER_TESTS = ['equals', 'in', 'includes', 'answered', ...COMPARISONS] as const;

/*
 * Ids become keys of plain objects (answers, points), where a name such as `constructor` or
 * `toString` would read Object.prototype's member instead of a missing entry.
 */
const isReservedId = (id: string): boolean => id in Object.prototype;

interface QuestionPlace {
  question: Question;
  order: number;
  segments: Segments;
}

/**
 * Checks what the shape cannot: unique ids and locales, known references, earlier-only conditions,
 * tiers, KPI inputs. In time linear in the definition's size (duplicates by Map, option ids in a Set
 * per question); at most `LIMITS.maxIssues` issues, then one `more_issues` counting the rest.
 */
export function checkReferences(q: Questionnaire): Issue[] {
  const issues = createIssueList();
  const add = (code: IssueCode, segments: Segments, params: IssueParams = {}) => issues.add(code, segments, params);

  const checkUnique = (items: readonly { id: string }[], segments: Segments) => {
    const seen = new Map<string, number>();
    items.forEach((item, index) => {
      if (isReservedId(item.id)) add('reserved_id', [...segments, index, 'id'], { id: item.id });
      const first = seen.get(item.id);
      if (first === undefined) seen.set(item.id, index);
      else add('duplicate_id', [...segments, index, 'id'], { id: item.id, firstPath: formatPath([...segments, first, 'id']) });
    });
  };

  checkLocales(q.locales, add);
  checkUnique(q.dimensions, ['dimensions']);
  checkUnique(q.axes ?? [], ['axes']);
  checkUnique(q.sections, ['sections']);
  checkUnique(q.tiers, ['tiers']);
  checkUnique(q.kpis ?? [], ['kpis']);
  checkUnique(q.rules ?? [], ['rules']);

  const dimensionIds = new Set(q.dimensions.map((d) => d.id));
  const axisIds = new Set((q.axes ?? []).map((a) => a.id));
  const kpiIds = new Set((q.kpis ?? []).map((k) => k.id));
  const scoredDimensions = new Set<string>();

  const questions = new Map<string, QuestionPlace>();
  let order = 0;
  q.sections.forEach((section, s) => {
    section.questions.forEach((question, i) => {
      const segments: Segments = ['sections', s, 'questions', i];
      if (isReservedId(question.id)) add('reserved_id', [...segments, 'id'], { id: question.id });
      const first = questions.get(question.id);
      if (first) add('duplicate_id', [...segments, 'id'], { id: question.id, firstPath: formatPath([...first.segments, 'id']) });
      else questions.set(question.id, { question, order, segments });
      order += 1;
    });
  });

  const checkPoints = (points: Record<string, number> | undefined, segments: Segments) => {
    for (const [id, value] of Object.entries(points ?? {})) {
      if (!dimensionIds.has(id)) add('unknown_dimension', [...segments, id], { id });
      else if (value > 0) scoredDimensions.add(id);
    }
  };
  // Points by market are keyed by the fit question's options; without a fit question nothing could pick them.
  const fitQuestion = q.fit ? questions.get(q.fit.question)?.question : undefined;
  const fitOptions = fitQuestion && 'options' in fitQuestion ? new Set(fitQuestion.options.map((option) => option.id)) : undefined;
  const checkPointsFor = (pointsFor: Record<string, Record<string, number>> | undefined, segments: Segments) => {
    if (pointsFor === undefined) return;
    if (!q.fit) return add('points_for_without_fit', segments);
    for (const [market, points] of Object.entries(pointsFor)) {
      if (fitOptions && !fitOptions.has(market)) add('unknown_option', [...segments, market], { id: market, question: q.fit.question });
      checkPoints(points, [...segments, market]);
    }
  };
  const checkAxes = (axes: Record<string, number> | undefined, segments: Segments) => {
    for (const id of Object.keys(axes ?? {})) if (!axisIds.has(id)) add('unknown_axis', [...segments, id], { id });
  };

  // Built once per question, not once per condition naming it: many conditions on a long list stay linear.
  const optionSets = new Map<Question, Set<string>>();
  const optionIdsOf = (question: Question): Set<string> | undefined => {
    if (!('options' in question)) return undefined;
    let ids = optionSets.get(question);
    if (!ids) optionSets.set(question, (ids = new Set(question.options.map((o) => o.id))));
    return ids;
  };

  const checkAnswerLeaf = (
    leaf: Extract<Condition, { question: string }>,
    segments: Segments,
    askedBefore: number | undefined,
  ) => {
    const place = questions.get(leaf.question);
    const tests = ANSWER_TESTS.filter((test) => leaf[test] !== undefined);
    if (tests.length === 0) add('empty_condition', segments);
    if (!place) return add('unknown_question', [...segments, 'question'], { id: leaf.question });
    if (askedBefore !== undefined && place.order >= askedBefore)
      add('condition_on_later_question', [...segments, 'question'], { id: leaf.question });
    const type = place.question.type;
    const isChoice = type === 'single' || type === 'multi';
    const optionIds = optionIdsOf(place.question);
    if (leaf.includes !== undefined && type !== 'multi')
      add('condition_type_mismatch', [...segments, 'includes'], { test: 'includes', questionType: type });
    for (const test of COMPARISONS)
      if (leaf[test] !== undefined && type !== 'number' && type !== 'likert')
        add('condition_type_mismatch', [...segments, test], { test, questionType: type });
    if (optionIds && isChoice) {
      const named: [unknown, Segments][] = [
        [leaf.equals, [...segments, 'equals']],
        [leaf.includes, [...segments, 'includes']],
        ...(leaf.in ?? []).map((value, index): [unknown, Segments] => [value, [...segments, 'in', index]]),
      ];
      for (const [value, at] of named)
        if (value !== undefined && !optionIds.has(String(value))) add('unknown_option', at, { id: String(value), question: leaf.question });
    }
  };

  const checkCondition = (condition: Condition, segments: Segments, askedBefore: number | undefined) => {
    for (const { leaf, segments: below } of collectConditionLeaves(condition)) {
      const at = [...segments, ...below];
      if ('question' in leaf) checkAnswerLeaf(leaf, at, askedBefore);
      else if (askedBefore !== undefined) {
        add('condition_not_allowed', at, { kind: Object.keys(leaf)[0] ?? 'this test' });
      } else if ('dimension' in leaf) {
        if (!dimensionIds.has(leaf.dimension)) add('unknown_dimension', [...at, 'dimension'], { id: leaf.dimension });
        if (!COMPARISONS.some((test) => leaf[test] !== undefined)) add('empty_condition', at);
      } else if ('axis' in leaf) {
        if (!axisIds.has(leaf.axis)) add('unknown_axis', [...at, 'axis'], { id: leaf.axis });
        if (!COMPARISONS.some((test) => leaf[test] !== undefined)) add('empty_condition', at);
      } else if ('kpi' in leaf) {
        if (!kpiIds.has(leaf.kpi)) add('unknown_kpi', [...at, 'kpi'], { id: leaf.kpi });
        if (leaf.band === undefined && !COMPARISONS.some((test) => leaf[test] !== undefined)) add('empty_condition', at);
      }
    }
  };

  for (const { question, order: asked, segments } of questions.values()) {
    if (question.visibleIf) checkCondition(question.visibleIf, [...segments, 'visibleIf'], asked);
    if (question.type === 'single' || question.type === 'multi') {
      checkUnique(question.options, [...segments, 'options']);
      question.options.forEach((option, o) => {
        checkPoints(option.points, [...segments, 'options', o, 'points']);
        checkPointsFor(option.pointsFor, [...segments, 'options', o, 'pointsFor']);
        checkAxes(option.axes, [...segments, 'options', o, 'axes']);
      });
      if (question.type === 'multi' && question.max !== undefined && question.max > question.options.length)
        add('max_above_option_count', [...segments, 'max'], { max: question.max, optionCount: question.options.length });
    } else if (question.type === 'likert') {
      checkPoints(question.points, [...segments, 'points']);
      checkPointsFor(question.pointsFor, [...segments, 'pointsFor']);
      checkAxes(question.axes, [...segments, 'axes']);
    } else if (question.type === 'number') {
      if (question.min !== undefined && question.max !== undefined && question.min > question.max)
        add('max_below_min', [...segments, 'max'], { min: question.min, max: question.max });
      question.bands?.forEach((band, b) => {
        checkPoints(band.points, [...segments, 'bands', b, 'points']);
        checkPointsFor(band.pointsFor, [...segments, 'bands', b, 'pointsFor']);
        const previous = question.bands?.[b - 1];
        if (previous && band.atLeast <= previous.atLeast)
          add('bands_not_rising', [...segments, 'bands', b, 'atLeast'], { atLeast: band.atLeast, previous: previous.atLeast });
      });
    }
  }

  q.dimensions.forEach((dimension, d) => {
    if (!scoredDimensions.has(dimension.id)) add('unscored_dimension', ['dimensions', d], { id: dimension.id });
  });

  checkTiers(q, add);

  const checkTerm = (term: KpiTerm, segments: Segments) => {
    const ids = typeof term === 'string' ? [term] : 'sum' in term ? term.sum : term.product;
    const base = typeof term === 'string' ? segments : [...segments, 'sum' in term ? 'sum' : 'product'];
    ids.forEach((id, index) => {
      const at = typeof term === 'string' ? base : [...base, index];
      const place = questions.get(id);
      if (!place) add('unknown_question', at, { id });
      else if (place.question.type !== 'number') add('kpi_not_number_question', at, { id, questionType: place.question.type });
    });
  };
  q.kpis?.forEach((kpi, k) => {
    checkTerm(kpi.numerator, ['kpis', k, 'numerator']);
    if (kpi.denominator !== undefined) checkTerm(kpi.denominator, ['kpis', k, 'denominator']);
    if (kpi.benchmark && kpi.benchmark.min > kpi.benchmark.max)
      add('max_below_min', ['kpis', k, 'benchmark', 'max'], { min: kpi.benchmark.min, max: kpi.benchmark.max });
  });

  q.rules?.forEach((rule, r) => {
    checkCondition(rule.when, ['rules', r, 'when'], undefined);
    rule.improves?.forEach((id, i) => {
      if (!dimensionIds.has(id)) add('unknown_dimension', ['rules', r, 'improves', i], { id });
    });
  });

  if (q.fit) {
    const place = questions.get(q.fit.question);
    if (!place) add('unknown_question', ['fit', 'question'], { id: q.fit.question });
    else if (place.question.type !== 'single') add('fit_not_single_question', ['fit', 'question'], { id: q.fit.question });
    else {
      const optionIds = new Set(place.question.options.map((o) => o.id));
      for (const option of optionIds)
        if (!Object.hasOwn(q.fit.targets, option)) add('fit_missing_target', ['fit', 'targets'], { id: q.fit.question, option });
      for (const key of Object.keys(q.fit.targets))
        if (!optionIds.has(key)) add('unknown_option', ['fit', 'targets', key], { id: key, question: q.fit.question });
    }
    if (!axisIds.has(q.fit.axis)) add('unknown_axis', ['fit', 'axis'], { id: q.fit.axis });
  }

  if (q.quickCheck) checkQuickCheck(q.quickCheck.questions, questions, add);

  return issues.issues();
}

/**
 * Each locale listed once. Tags are compared ignoring case, as BCP 47 says they are and as
 * `negotiateLocale` matches them: `zh-Hant` and `zh-hant` are one locale, and the second could never be picked.
 */
function checkLocales(locales: readonly string[], add: (code: 'duplicate_locale', segments: Segments, params: IssueParams) => void): void {
  const firstAt = new Map<string, number>();
  locales.forEach((locale, index) => {
    const tag = locale.toLowerCase();
    const first = firstAt.get(tag);
    if (first === undefined) firstAt.set(tag, index);
    else add('duplicate_locale', ['locales', index], { locale, firstPath: formatPath(['locales', first]) });
  });
}

type QuickCheckCode = 'unknown_question' | 'quick_check_duplicate' | 'quick_check_condition_outside';

/**
 * The quick check names known questions once each, and a question it asks must not wait on an answer
 * it does not ask: such a question would stay hidden in the quick check and its points never count.
 */
function checkQuickCheck(
  ids: readonly string[],
  questions: ReadonlyMap<string, QuestionPlace>,
  add: (code: QuickCheckCode, segments: Segments, params: IssueParams) => void,
): void {
  const asked = new Set(ids);
  const firstAt = new Map<string, number>();
  ids.forEach((id, index) => {
    const segments: Segments = ['quickCheck', 'questions', index];
    const first = firstAt.get(id);
    if (first !== undefined) return add('quick_check_duplicate', segments, { id, firstPath: formatPath(['quickCheck', 'questions', first]) });
    firstAt.set(id, index);
    const place = questions.get(id);
    if (!place) return add('unknown_question', segments, { id });
    if (!place.question.visibleIf) return;
    const outside = collectConditionLeaves(place.question.visibleIf)
      .map(({ leaf }) => ('question' in leaf ? leaf.question : undefined))
      .find((depends) => depends !== undefined && !asked.has(depends));
    if (outside !== undefined) add('quick_check_condition_outside', segments, { id, dependsOn: outside });
  });
}

function checkTiers(q: Questionnaire, add: (code: 'tiers_not_contiguous', segments: Segments, params: IssueParams) => void): void {
  const first = q.tiers[0];
  const last = q.tiers[q.tiers.length - 1];
  if (first && first.min !== 0) add('tiers_not_contiguous', ['tiers', 0, 'min'], { problem: 'first_not_zero', min: first.min });
  q.tiers.forEach((tier, t) => {
    if (tier.min >= tier.max) add('tiers_not_contiguous', ['tiers', t, 'max'], { problem: 'empty', min: tier.min, max: tier.max });
    const previous = q.tiers[t - 1];
    if (previous && tier.min !== previous.max)
      add('tiers_not_contiguous', ['tiers', t, 'min'], { problem: 'gap_or_overlap', min: tier.min, previousMax: previous.max });
  });
  if (last && last.max !== 100) add('tiers_not_contiguous', ['tiers', q.tiers.length - 1, 'max'], { problem: 'last_not_hundred', max: last.max });
}
