import { compileCondition, type CompiledCondition, type ConditionPredicate } from '../conditions/compileCondition';
import { collectConditionLeaves } from '../conditions/walkCondition';
import type { Question, Questionnaire } from './questionnaire.types';

/** What scoring needs of one option. */
export interface CompiledOption {
  /** The points it earns in each of its question's `maxEntries`, in the same order. */
  points: number[];
  /** A frozen one-item list of its id: what a single choice's contributions name, shared. */
  ids: readonly string[];
  /** Its positions on axes, if any. */
  axes: Readonly<Record<string, number>> | undefined;
}

/** What a question earns for respondents of one market: its points resolved, with their lookups. */
export interface QuestionScoring {
  /** The question with each `points` replaced by the market's `pointsFor` where it has one. */
  question: Question;
  /** The dimensions it can earn points in, with the most it can earn and the dimension's index. */
  maxEntries: [dimensionId: string, max: number, dimensionIndex: number][];
  /** The options by id (choice questions), with what scoring needs of each, looked up once per answer. */
  options: Map<string, CompiledOption>;
}

/** A question with where it sits and what it can earn, computed once per questionnaire. */
export interface CompiledQuestion extends QuestionScoring {
  question: Question;
  sectionIndex: number;
  /** Position in the whole questionnaire, in asking order. */
  order: number;
  /** What it earns in the markets whose points differ from its own (`pointsFor`), by market option id. */
  byMarket: ReadonlyMap<string, QuestionScoring> | undefined;
  /** The indexes of every dimension it can earn points in, in any market. */
  dimensionIndexes: readonly number[];
  /** True when the question can earn points or place the company on an axis. */
  isScorable: boolean;
  visibleIf: ConditionPredicate | undefined;
  /** Where its answer sits, for issues: `['answers', id]`. */
  answerPath: readonly string[];
}

/** Lookups over a questionnaire, built once and cached, so scoring stays cheap on every call. */
export interface CompiledQuestionnaire {
  questionnaire: Questionnaire;
  questions: CompiledQuestion[];
  byId: Map<string, CompiledQuestion>;
  /** By question position: the positions of the later questions whose `visibleIf` reads its answer. */
  dependents: readonly (readonly number[])[];
  /** By dimension index: the positions of the questions that can earn it points, in asking order. */
  dimensionQuestions: readonly (readonly number[])[];
  /** The rules' conditions, compiled: `ruleConditions[i]` is `rules[i].when`. */
  ruleConditions: readonly CompiledCondition[];
  /** The position of the fit question, whose answer picks each question's points by market; undefined without one. */
  marketPosition: number | undefined;
  /** The indexes of the dimensions whose points depend on the market: a new market answer re-scores them. */
  marketDimensions: readonly number[];
}

const cache = new WeakMap<Questionnaire, CompiledQuestionnaire>();

function maxPointsOf(question: Question): Map<string, number> {
  const max = new Map<string, number>();
  const raise = (points: Record<string, number> | undefined) => {
    for (const [id, value] of Object.entries(points ?? {})) max.set(id, Math.max(max.get(id) ?? 0, value));
  };
  switch (question.type) {
    case 'single':
      for (const option of question.options) raise(option.points);
      break;
    case 'multi': {
      const dimensions = new Set(question.options.flatMap((option) => Object.keys(option.points ?? {})));
      for (const dimension of dimensions) {
        const values = question.options.map((option) => option.points?.[dimension] ?? 0).sort((a, b) => b - a);
        max.set(dimension, values.slice(0, question.max ?? values.length).reduce((sum, value) => sum + value, 0));
      }
      break;
    }
    case 'likert':
      raise(question.points);
      break;
    case 'number':
      for (const band of question.bands ?? []) raise(band.points);
      break;
    default:
      break;
  }
  return max;
}

function scoringOf(question: Question, dimensionIds: readonly string[]): QuestionScoring {
  const maxEntries = [...maxPointsOf(question)]
    .filter(([, max]) => max > 0)
    .map(([id, max]): [string, number, number] => [id, max, dimensionIds.indexOf(id)]);
  const options = 'options' in question ? question.options : [];
  return {
    question,
    maxEntries,
    options: new Map(
      options.map((option) => [
        option.id,
        { points: maxEntries.map(([id]) => option.points?.[id] ?? 0), ids: Object.freeze([option.id]), axes: option.axes },
      ]),
    ),
  };
}

/** The question as respondents of `market` score it, or undefined when its points do not differ for them. */
function forMarket(question: Question, market: string): Question | undefined {
  const pick = <T extends { points?: Record<string, number> | undefined; pointsFor?: Record<string, Record<string, number>> | undefined }>(item: T): T =>
    item.pointsFor?.[market] ? { ...item, points: item.pointsFor[market] } : item;
  switch (question.type) {
    case 'single':
    case 'multi':
      return question.options.some((option) => option.pointsFor?.[market]) ? { ...question, options: question.options.map(pick) } : undefined;
    case 'likert':
      return question.pointsFor?.[market] ? pick(question) : undefined;
    case 'number':
      return question.bands?.some((band) => band.pointsFor?.[market]) ? { ...question, bands: question.bands.map((band) => ({ ...band, points: band.pointsFor?.[market] ?? band.points })) } : undefined;
    default:
      return undefined;
  }
}

function compileQuestion(
  question: Question,
  sectionIndex: number,
  order: number,
  dimensionIds: readonly string[],
  markets: readonly string[],
): CompiledQuestion {
  const scoring = scoringOf(question, dimensionIds);
  const byMarket = new Map<string, QuestionScoring>();
  for (const market of markets) {
    const variant = forMarket(question, market);
    if (variant) byMarket.set(market, scoringOf(variant, dimensionIds));
  }
  const variants = [scoring, ...byMarket.values()];
  const options = 'options' in question ? question.options : [];
  return {
    ...scoring,
    sectionIndex,
    order,
    byMarket: byMarket.size > 0 ? byMarket : undefined,
    dimensionIndexes: [...new Set(variants.flatMap((variant) => variant.maxEntries.map(([, , index]) => index)))],
    isScorable:
      variants.some((variant) => variant.maxEntries.length > 0) ||
      options.some((option) => option.axes !== undefined) ||
      (question.type === 'likert' && question.axes !== undefined),
    visibleIf: question.visibleIf ? compileCondition(question.visibleIf).holds : undefined,
    answerPath: Object.freeze(['answers', question.id]),
  };
}

/** What a question earns for respondents of `market` (the fit question's answer): its own points unless it has the market's. */
export function scoringFor(entry: CompiledQuestion, market: unknown): QuestionScoring {
  return (typeof market === 'string' && entry.byMarket?.get(market)) || entry;
}

/** The option ids an answer chose, as contributions list them: none for a likert or number answer. */
export function chosenOptionIds(entry: CompiledQuestion, value: unknown): readonly string[] {
  if (typeof value === 'string') return entry.options.get(value)?.ids ?? [value];
  return Array.isArray(value) ? Object.freeze([...value]) : NO_OPTIONS;
}

const NO_OPTIONS: readonly string[] = Object.freeze([]);

/**
 * Who depends on whom: the store re-evaluates only the questions whose visibility reads a changed
 * answer, and re-sums only the dimensions a changed answer can earn points in.
 */
function dependencyIndex(
  questions: readonly CompiledQuestion[],
  byId: ReadonlyMap<string, CompiledQuestion>,
  dimensionCount: number,
): Pick<CompiledQuestionnaire, 'dependents' | 'dimensionQuestions' | 'marketDimensions'> {
  const dependents: number[][] = questions.map(() => []);
  const dimensionQuestions: number[][] = Array.from({ length: dimensionCount }, () => []);
  const marketDimensions = new Set<number>();
  for (const entry of questions) {
    for (const dimensionIndex of entry.dimensionIndexes) dimensionQuestions[dimensionIndex]?.push(entry.order);
    if (entry.byMarket) for (const dimensionIndex of entry.dimensionIndexes) marketDimensions.add(dimensionIndex);
    if (!entry.question.visibleIf) continue;
    const read = new Set<number>();
    for (const { leaf } of collectConditionLeaves(entry.question.visibleIf)) {
      const source = 'question' in leaf ? byId.get(leaf.question) : undefined;
      if (source) read.add(source.order);
    }
    for (const order of read) dependents[order]?.push(entry.order);
  }
  return { dependents, dimensionQuestions, marketDimensions: [...marketDimensions] };
}

/** Returns the cached lookups for a questionnaire, building them on first use. */
export function compileQuestionnaire(questionnaire: Questionnaire): CompiledQuestionnaire {
  const cached = cache.get(questionnaire);
  if (cached) return cached;
  const questions: CompiledQuestion[] = [];
  const dimensionIds = questionnaire.dimensions.map((dimension) => dimension.id);
  const markets = questionnaire.fit ? Object.keys(questionnaire.fit.targets) : [];
  questionnaire.sections.forEach((section, sectionIndex) => {
    for (const question of section.questions) questions.push(compileQuestion(question, sectionIndex, questions.length, dimensionIds, markets));
  });
  const byId = new Map(questions.map((entry) => [entry.question.id, entry]));
  const ruleConditions = (questionnaire.rules ?? []).map((rule) => compileCondition(rule.when));
  const marketPosition = questionnaire.fit ? byId.get(questionnaire.fit.question)?.order : undefined;
  const compiled = { questionnaire, questions, byId, ruleConditions, marketPosition, ...dependencyIndex(questions, byId, dimensionIds.length) };
  cache.set(questionnaire, compiled);
  return compiled;
}
