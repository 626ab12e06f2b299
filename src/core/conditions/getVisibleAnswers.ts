import type { Answers } from '../answers/answers.types';
import { isAnswered } from '../answers/isAnswered';
import type { CompiledQuestionnaire } from '../questionnaire/compileQuestionnaire';
import type { ConditionContext } from './conditionContext';

/** Which questions are shown, and the answers that count: those to visible questions. */
export interface Visibility {
  /** Whether each question is shown, by position (`compiled.questions` order). */
  shown: boolean[];
  /** Answers to visible questions only; a hidden question's answer is kept by the session but never counts. */
  answers: Answers;
  /** The same answers by question position (`compiled.questions` order), undefined when not counted. */
  values: (Answers[string] | undefined)[];
}

/**
 * Works out visibility in asking order: conditions may only look at earlier answers, so one pass
 * suffices, and an answer to a hidden question can never make a later question visible. The answers
 * are copied only when a hidden question was answered: the common case allocates nothing.
 */
export function getVisibleAnswers(compiled: CompiledQuestionnaire, answers: Answers): Visibility {
  const shown: boolean[] = [];
  const context: ConditionContext = { answers };
  // Scoring reads answers many times over; by position they are an array read, not a property lookup.
  const values: (Answers[string] | undefined)[] = [];
  let counted: Record<string, Answers[string]> | undefined;
  for (const { question, visibleIf } of compiled.questions) {
    const isShown = !visibleIf || visibleIf(context);
    shown.push(isShown);
    values.push(isShown ? answers[question.id] : undefined);
    if (isShown) continue;
    if (!Object.hasOwn(context.answers, question.id)) continue;
    if (!counted) context.answers = counted = { ...answers };
    delete counted[question.id];
  }
  return { shown, answers: context.answers, values };
}

/**
 * `getVisibleAnswers` for batch scoring, with nothing allocated: on answers already laid out by
 * position (`given`), into arrays the caller reuses from call to call (`shown`, `values`, overwritten).
 * Blank answers are not given, as `withoutBlankAnswers` has it. `readable` is an object the caller
 * also reuses, with a key for each question some condition, KPI or fit reads (`isRead` by position)
 * and no other: each is set to its counted answer, or undefined, so conditions see what they would
 * see in `getVisibleAnswers`' answers (they read only earlier questions, so each visibility is judged
 * on the answers counted before it). One fixed set of keys keeps every lookup on one object shape.
 */
export function fillVisibleValues(
  compiled: CompiledQuestionnaire,
  given: readonly (Answers[string] | undefined)[],
  shown: boolean[],
  values: (Answers[string] | undefined)[],
  readable: Record<string, Answers[string] | undefined>,
  isRead: readonly boolean[],
): void {
  const { questions } = compiled;
  const context: ConditionContext = { answers: readable as Answers };
  for (let position = 0; position < questions.length; position += 1) {
    const { question, visibleIf } = questions[position]!;
    const isShown = !visibleIf || visibleIf(context);
    const answer = given[position];
    const value = isShown && answer !== undefined && isAnswered(answer) ? answer : undefined;
    shown[position] = isShown;
    values[position] = value;
    if (isRead[position]) readable[question.id] = value;
  }
}
