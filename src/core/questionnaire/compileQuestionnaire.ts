import type { Option, Question, Questionnaire } from './questionnaire.types';

/** A question with where it sits and what it can earn, computed once per questionnaire. */
export interface CompiledQuestion {
  question: Question;
  sectionIndex: number;
  /** Position in the whole questionnaire, in asking order. */
  order: number;
  /** Points achievable per dimension when the question is answered. */
  maxPoints: Record<string, number>;
  /** The dimensions it can earn points in, with the most it can earn, as a list for hot loops. */
  maxEntries: [dimensionId: string, max: number][];
  /** The options by id (choice questions). */
  optionsById: Map<string, Option> | undefined;
  /** True when the question can earn points or place the company on an axis. */
  isScorable: boolean;
}

/** Lookups over a questionnaire, built once and cached, so scoring stays cheap on every call. */
export interface CompiledQuestionnaire {
  questionnaire: Questionnaire;
  questions: CompiledQuestion[];
  byId: Map<string, CompiledQuestion>;
}

const cache = new WeakMap<Questionnaire, CompiledQuestionnaire>();

function addMax(target: Record<string, number>, points: Record<string, number> | undefined): void {
  for (const [id, value] of Object.entries(points ?? {})) target[id] = Math.max(target[id] ?? 0, value);
}

function maxPointsOf(question: Question): Record<string, number> {
  const max: Record<string, number> = {};
  switch (question.type) {
    case 'single':
      for (const option of question.options) addMax(max, option.points);
      break;
    case 'multi': {
      const dimensions = new Set(question.options.flatMap((option) => Object.keys(option.points ?? {})));
      for (const dimension of dimensions) {
        const values = question.options.map((option) => option.points?.[dimension] ?? 0).sort((a, b) => b - a);
        max[dimension] = values.slice(0, question.max ?? values.length).reduce((sum, value) => sum + value, 0);
      }
      break;
    }
    case 'likert':
      addMax(max, question.points);
      break;
    case 'number':
      for (const band of question.bands ?? []) addMax(max, band.points);
      break;
    default:
      break;
  }
  return max;
}

function hasAxes(question: Question): boolean {
  if (question.type === 'single' || question.type === 'multi') return question.options.some((option) => option.axes);
  return question.type === 'likert' && question.axes !== undefined;
}

/** Returns the cached lookups for a questionnaire, building them on first use. */
export function compileQuestionnaire(questionnaire: Questionnaire): CompiledQuestionnaire {
  const cached = cache.get(questionnaire);
  if (cached) return cached;
  const questions: CompiledQuestion[] = [];
  questionnaire.sections.forEach((section, sectionIndex) => {
    for (const question of section.questions) {
      const maxPoints = maxPointsOf(question);
      const isScorable = Object.values(maxPoints).some((value) => value > 0) || hasAxes(question);
      questions.push({
        question,
        sectionIndex,
        order: questions.length,
        maxPoints,
        maxEntries: Object.entries(maxPoints).filter(([, max]) => max > 0),
        optionsById: 'options' in question ? new Map(question.options.map((option) => [option.id, option])) : undefined,
        isScorable,
      });
    }
  });
  const compiled = { questionnaire, questions, byId: new Map(questions.map((entry) => [entry.question.id, entry])) };
  cache.set(questionnaire, compiled);
  return compiled;
}
