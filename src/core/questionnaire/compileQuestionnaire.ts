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

/** A question with where it sits and what it can earn, computed once per questionnaire. */
export interface CompiledQuestion {
  question: Question;
  sectionIndex: number;
  /** Position in the whole questionnaire, in asking order. */
  order: number;
  /** The dimensions it can earn points in, with the most it can earn and the dimension's index. */
  maxEntries: [dimensionId: string, max: number, dimensionIndex: number][];
  /** The options by id (choice questions), with what scoring needs of each, looked up once per answer. */
  options: Map<string, CompiledOption>;
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

function compileQuestion(question: Question, sectionIndex: number, order: number, dimensionIds: readonly string[]): CompiledQuestion {
  const maxEntries = [...maxPointsOf(question)]
    .filter(([, max]) => max > 0)
    .map(([id, max]): [string, number, number] => [id, max, dimensionIds.indexOf(id)]);
  const options = 'options' in question ? question.options : [];
  return {
    question,
    sectionIndex,
    order,
    maxEntries,
    options: new Map(
      options.map((option) => [
        option.id,
        { points: maxEntries.map(([id]) => option.points?.[id] ?? 0), ids: Object.freeze([option.id]), axes: option.axes },
      ]),
    ),
    isScorable:
      maxEntries.length > 0 ||
      options.some((option) => option.axes !== undefined) ||
      (question.type === 'likert' && question.axes !== undefined),
    visibleIf: question.visibleIf ? compileCondition(question.visibleIf).holds : undefined,
    answerPath: Object.freeze(['answers', question.id]),
  };
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
): Pick<CompiledQuestionnaire, 'dependents' | 'dimensionQuestions'> {
  const dependents: number[][] = questions.map(() => []);
  const dimensionQuestions: number[][] = Array.from({ length: dimensionCount }, () => []);
  for (const entry of questions) {
    for (const [, , dimensionIndex] of entry.maxEntries) dimensionQuestions[dimensionIndex]?.push(entry.order);
    if (!entry.question.visibleIf) continue;
    const read = new Set<number>();
    for (const { leaf } of collectConditionLeaves(entry.question.visibleIf)) {
      const source = 'question' in leaf ? byId.get(leaf.question) : undefined;
      if (source) read.add(source.order);
    }
    for (const order of read) dependents[order]?.push(entry.order);
  }
  return { dependents, dimensionQuestions };
}

/** Returns the cached lookups for a questionnaire, building them on first use. */
export function compileQuestionnaire(questionnaire: Questionnaire): CompiledQuestionnaire {
  const cached = cache.get(questionnaire);
  if (cached) return cached;
  const questions: CompiledQuestion[] = [];
  const dimensionIds = questionnaire.dimensions.map((dimension) => dimension.id);
  questionnaire.sections.forEach((section, sectionIndex) => {
    for (const question of section.questions) questions.push(compileQuestion(question, sectionIndex, questions.length, dimensionIds));
  });
  const byId = new Map(questions.map((entry) => [entry.question.id, entry]));
  const ruleConditions = (questionnaire.rules ?? []).map((rule) => compileCondition(rule.when));
  const compiled = { questionnaire, questions, byId, ruleConditions, ...dependencyIndex(questions, byId, dimensionIds.length) };
  cache.set(questionnaire, compiled);
  return compiled;
}
