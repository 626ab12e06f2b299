import type { AnswerValue, Answers } from '../answers/answers.types';
import { isAnswered } from '../answers/isAnswered';
import { readAnswers } from '../answers/readAnswers';
import { toStoredAnswer } from './toStoredAnswer';
import { splitValidAnswers, validateAnswer, withoutBlankAnswers } from '../answers/validateAnswers';
import { getVisibleAnswers } from '../conditions/getVisibleAnswers';
import type { Issue } from '../errors';
import type { CompiledQuestionnaire } from '../questionnaire/compileQuestionnaire';

/**
 * What the store knows of the answers, by question position. Each change makes a new model; the
 * arrays of an earlier model are never written to, so a state a listener still holds stays true.
 */
export interface AnswerModel {
  /**
   * By position: every answer given, valid or not, hidden or not (the session's answers). An array,
   * not an object, because it is copied on every answer and an array copies several times faster;
   * `answersOf` turns it into the session's answers object when someone reads them.
   */
  readonly raw: readonly (AnswerValue | undefined)[];
  /** The issues of each invalid answer, by question id (valid answers have no entry). */
  readonly issues: ReadonlyMap<string, readonly Issue[]>;
  /** By position: the answer when it is valid and not blank, else undefined. */
  readonly given: readonly (AnswerValue | undefined)[];
  /** By position: whether the question is shown. */
  readonly shown: readonly boolean[];
  /** By position: the answer when given and shown (what scoring counts), else undefined. */
  readonly values: readonly (AnswerValue | undefined)[];
  /**
   * The counted answers by question id, as conditions read them. Unlike the rest, it is updated in
   * place and handed on to the next model, which owns it from then on: copying it on every answer
   * would make answering n questions cost n². Read counted answers of a kept model with `countedAnswers`.
   */
  readonly conditionAnswers: Record<string, AnswerValue>;
  /** How many questions are shown. */
  readonly visibleCount: number;
  /** How many shown questions have a counted answer. */
  readonly answeredCount: number;
}

/** What one answer changed: the model after it, the questions shown or hidden by it, the dimensions to re-sum. */
export interface AnswerChange {
  model: AnswerModel;
  /** Positions whose visibility flipped, in asking order. */
  toggled: number[];
  /** Dimension indexes whose counted answers changed (an index may repeat). */
  dirtyDimensions: number[];
}

/** The session's answers object of a model's answers by position, in asking order. */
export function answersOf(compiled: CompiledQuestionnaire, raw: readonly (AnswerValue | undefined)[]): Answers {
  const answers: Record<string, AnswerValue> = {};
  raw.forEach((value, position) => {
    if (value !== undefined) answers[compiled.questions[position]!.question.id] = value;
  });
  return answers;
}

/** Works out the whole model from scratch, as `scoreAnswers` does: at creation, on reset, and as the reference the tests hold the updates to. */
export function buildAnswerModel(compiled: CompiledQuestionnaire, answers: Answers): AnswerModel {
  const { valid, issues } = splitValidAnswers(compiled, answers);
  const byId = new Map<string, Issue[]>();
  for (const issue of issues) {
    const id = issue.segments[1] as string;
    byId.set(id, [...(byId.get(id) ?? []), issue]);
  }
  const givenAnswers = withoutBlankAnswers(valid);
  const { shown, values, answers: counted } = getVisibleAnswers(compiled, givenAnswers);
  const given = compiled.questions.map(({ question }) => (Object.hasOwn(givenAnswers, question.id) ? givenAnswers[question.id] : undefined));
  // Read as data, like the check above: a host's getter or proxy never runs inside the session.
  const { known } = readAnswers(compiled, answers);
  const raw = compiled.questions.map(({ question }) => toStoredAnswer(Object.hasOwn(known, question.id) ? known[question.id] : undefined));
  return {
    raw,
    issues: byId,
    given,
    shown,
    values,
    conditionAnswers: { ...counted },
    visibleCount: shown.filter(Boolean).length,
    answeredCount: values.filter((value) => value !== undefined).length,
  };
}

/** True when two answers are the same value (lists item by item). */
export function sameValue(a: AnswerValue | undefined, b: AnswerValue | undefined): boolean {
  if (a === b) return true;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  return a.every((item, index) => item === b[index]);
}

const NO_ISSUES: readonly Issue[] = [];

/** The counted answers of a model by question id, built from its values (so any model, however old, reads true). */
export function countedAnswers(compiled: CompiledQuestionnaire, model: AnswerModel): Answers {
  const counted: Record<string, AnswerValue> = {};
  model.values.forEach((value, position) => {
    if (value !== undefined) counted[compiled.questions[position]!.question.id] = value;
  });
  return counted;
}

/**
 * Sets (or with `undefined`, clears) one stored answer and updates only what depends on it: its own
 * validity, then, in asking order, the questions whose `visibleIf` reads a changed counted answer,
 * and so on down the chain. Conditions read only earlier answers, so one pass in order settles it.
 */
export function updateAnswer(compiled: CompiledQuestionnaire, model: AnswerModel, questionId: string, stored: AnswerValue | undefined): AnswerChange {
  const entry = compiled.byId.get(questionId)!;
  const at = entry.order;
  const raw = model.raw.slice();
  raw[at] = stored;
  const found = stored === undefined ? NO_ISSUES : validateAnswer(entry.question, stored, entry.answerPath);
  let issues = model.issues;
  if (found.length > 0 || issues.has(questionId)) {
    const copy = new Map(issues);
    if (found.length > 0) copy.set(questionId, found);
    else copy.delete(questionId);
    issues = copy;
  }
  const givenValue = found.length === 0 && isAnswered(stored) ? stored : undefined;
  const toggled: number[] = [];
  const dirtyDimensions: number[] = [];
  const { shown: shownBefore, values: valuesBefore, conditionAnswers, visibleCount: visibleBefore, answeredCount: answeredBefore } = model;
  if (sameValue(givenValue, model.given[at])) {
    const unchanged = { raw, issues, given: model.given, shown: shownBefore, values: valuesBefore, conditionAnswers, visibleCount: visibleBefore, answeredCount: answeredBefore };
    return { model: unchanged, toggled, dirtyDimensions };
  }
  const given = model.given.slice();
  given[at] = givenValue;
  if (!shownBefore[at]) {
    const hidden = { raw, issues, given, shown: shownBefore, values: valuesBefore, conditionAnswers, visibleCount: visibleBefore, answeredCount: answeredBefore };
    return { model: hidden, toggled, dirtyDimensions };
  }

  // Copied only when a question is shown or hidden: most answers change no one's visibility.
  let shown = model.shown;
  const values = model.values.slice();
  const counted = model.conditionAnswers;
  const context = { answers: counted as Answers };
  let { visibleCount, answeredCount } = model;
  let pending: Uint8Array | undefined;
  let last = -1;

  // Sets a counted value; when it changes, its dimensions need re-summing and its dependents a look.
  const count = (position: number, value: AnswerValue | undefined) => {
    const before = values[position];
    if (before === value) return;
    answeredCount += (value !== undefined ? 1 : 0) - (before !== undefined ? 1 : 0);
    values[position] = value;
    const { question, dimensionIndexes } = compiled.questions[position]!;
    if (value === undefined) delete counted[question.id];
    else counted[question.id] = value;
    dirtyDimensions.push(...dimensionIndexes);
    // The market picks every question's points by market: the dimensions they count in are scored again.
    if (position === compiled.marketPosition) dirtyDimensions.push(...compiled.marketDimensions);
    const dependents = compiled.dependents[position]!;
    if (dependents.length === 0) return;
    pending ??= new Uint8Array(values.length);
    for (const dependent of dependents) {
      pending[dependent] = 1;
      if (dependent > last) last = dependent;
    }
  };

  count(at, givenValue);
  for (let position = at + 1; position <= last; position += 1) {
    if (!pending![position]) continue;
    const isShown = compiled.questions[position]!.visibleIf!(context);
    if (isShown === shown[position]) continue;
    if (shown === model.shown) shown = shown.slice();
    (shown as boolean[])[position] = isShown;
    visibleCount += isShown ? 1 : -1;
    toggled.push(position);
    count(position, isShown ? given[position] : undefined);
  }
  return { model: { raw, issues, given, shown, values, conditionAnswers: counted, visibleCount, answeredCount }, toggled, dirtyDimensions };
}
