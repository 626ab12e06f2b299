import type { Questionnaire } from './questionnaire.types';

/**
 * Types a questionnaire written in code, with no runtime cost; validate it with `parseQuestionnaire`.
 * @example const quiz = defineQuestionnaire({ id: 'quiz', version: '1', ... });
 */
export function defineQuestionnaire<const T extends Questionnaire>(definition: T): T {
  return definition;
}
