import { createIssue, type Issue, type Result } from '../errors';
import { describeType } from '../describeType';
import { compileQuestionnaire, type CompiledQuestion, type CompiledQuestionnaire } from '../questionnaire/compileQuestionnaire';
import type { Question, Questionnaire } from '../questionnaire/questionnaire.types';
import type { AnswerValue, Answers } from './answers.types';
import { isAnswered } from './isAnswered';

// Deliberately loose: one @, no spaces, a dot in the domain. Servers confirm addresses; we only catch typos.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DEFAULT_TEXT_LIMIT = 2000;

/** Options of `validateAnswers`. */
export interface ValidateAnswersOptions {
  /** Also report required questions left unanswered, among the ids given (default: none). */
  requireAnswersTo?: readonly string[];
}

// Shared by every valid answer, so checking a full set of answers allocates nothing.
const NO_ISSUES: readonly Issue[] = Object.freeze([]);

function wrongType(question: Question, value: unknown, segments: readonly (string | number)[], expected: string): Issue[] {
  return [createIssue('answer_wrong_type', segments, { expected, received: describeType(value), questionType: question.type })];
}

/**
 * Checks one answer against its question; returns the issues (empty when valid).
 * @example validateAnswer(question, 6, ['answers', 'q1']) // [{ code: 'answer_out_of_range', … }]
 */
export function validateAnswer(question: Question, value: unknown, segments: readonly (string | number)[]): readonly Issue[] {
  const options = 'options' in question ? question.options : [];
  return checkAnswer(question, value, segments, { has: (id) => options.some((option) => option.id === id) });
}

/** `validateAnswer` with the question's option ids at hand, as compiled questions have them. */
function checkAnswer(
  question: Question,
  value: unknown,
  segments: readonly (string | number)[],
  optionIds: { has(id: string): boolean },
): readonly Issue[] {
  switch (question.type) {
    case 'single':
      if (typeof value !== 'string') return wrongType(question, value, segments, 'an option id (string)');
      return optionIds.has(value)
        ? NO_ISSUES
        : [createIssue('unknown_option', segments, { id: value, question: question.id })];
    case 'multi': {
      if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) return wrongType(question, value, segments, 'a list of option ids');
      let issues: Issue[] | undefined;
      for (let index = 0; index < value.length; index += 1) {
        const id = value[index] as string;
        if (value.indexOf(id) !== index) (issues ??= []).push(createIssue('duplicate_option', [...segments, index], { id }));
        if (!optionIds.has(id)) (issues ??= []).push(createIssue('unknown_option', [...segments, index], { id, question: question.id }));
      }
      if (question.max !== undefined && value.length > question.max)
        (issues ??= []).push(createIssue('too_many_options', segments, { max: question.max, count: value.length }));
      return issues ?? NO_ISSUES;
    }
    case 'likert':
      if (typeof value !== 'number' || !Number.isFinite(value)) return wrongType(question, value, segments, 'a number from 1 to 5');
      if (!Number.isInteger(value)) return [createIssue('not_an_integer', segments)];
      return value < 1 || value > 5 ? [createIssue('answer_out_of_range', segments, { min: 1, max: 5 })] : NO_ISSUES;
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return wrongType(question, value, segments, 'a finite number');
      if (question.integer && !Number.isInteger(value)) return [createIssue('not_an_integer', segments)];
      const tooLow = question.min !== undefined && value < question.min;
      const tooHigh = question.max !== undefined && value > question.max;
      return tooLow || tooHigh ? [createIssue('answer_out_of_range', segments, { min: question.min, max: question.max })] : NO_ISSUES;
    }
    case 'text': {
      if (typeof value !== 'string') return wrongType(question, value, segments, 'text');
      const maxLength = question.maxLength ?? DEFAULT_TEXT_LIMIT;
      return value.length > maxLength ? [createIssue('text_too_long', segments, { maxLength })] : NO_ISSUES;
    }
    case 'email':
      if (typeof value !== 'string') return wrongType(question, value, segments, 'an email address');
      return EMAIL.test(value) && value.length <= 254 ? NO_ISSUES : [createIssue('invalid_email', segments)];
  }
}

/** Checks one answer against a compiled question (its option ids at hand); the issues, empty when valid. */
export function checkCompiledAnswer(entry: CompiledQuestion, value: unknown): readonly Issue[] {
  return checkAnswer(entry.question, value, entry.answerPath, entry.options);
}

/**
 * Keeps the valid answers to known questions and reports the rest. When every answer is valid the
 * input itself is returned, so the common case copies nothing.
 */
export function splitValidAnswers(
  compiled: CompiledQuestionnaire,
  answers: unknown,
): { valid: Record<string, AnswerValue>; issues: Issue[] } {
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers))
    return { valid: {}, issues: [createIssue('invalid_type', ['answers'], { expected: 'object', received: describeType(answers) })] };
  const record = answers as Record<string, AnswerValue>;
  const keys = Object.keys(record);
  const issues: Issue[] = [];
  let valid: Record<string, AnswerValue> | undefined;
  for (let index = 0; index < keys.length; index += 1) {
    const key = keys[index] as string;
    const entry = compiled.byId.get(key);
    const problems = entry
      ? checkAnswer(entry.question, record[key], entry.answerPath, entry.options)
      : [createIssue('unknown_question', ['answers', key], { id: key })];
    if (problems.length > 0) {
      issues.push(...problems);
      if (!valid) {
        valid = {};
        for (const earlier of keys.slice(0, index)) valid[earlier] = record[earlier] as AnswerValue;
      }
    } else if (valid) valid[key] = record[key] as AnswerValue;
  }
  return { valid: valid ?? record, issues };
}

/**
 * Drops blank answers (empty text, an empty choice list): to scoring, as to the wizard, they are
 * "not answered yet". Returns the input itself when none is blank.
 */
export function withoutBlankAnswers<T extends Readonly<Record<string, AnswerValue>>>(answers: T): T {
  for (const key of Object.keys(answers)) {
    if (!isAnswered(answers[key])) return Object.fromEntries(Object.entries(answers).filter(([, value]) => isAnswered(value))) as T;
  }
  return answers;
}

/**
 * Validates answers against a questionnaire: the typed answers, or every issue with its path
 * (`answers.platforms_used[1]`). Never throws.
 * @example
 * const result = validateAnswers(socialMediaAssessment, { market: 'b2b' });
 */
export function validateAnswers(
  questionnaire: Questionnaire,
  answers: unknown,
  options: ValidateAnswersOptions = {},
): Result<Answers> {
  const compiled = compileQuestionnaire(questionnaire);
  const { issues } = splitValidAnswers(compiled, answers);
  const record = answers as Record<string, AnswerValue | undefined>;
  for (const id of options.requireAnswersTo ?? []) {
    const entry = compiled.byId.get(id);
    if (entry?.question.required && !isAnswered(record?.[id])) issues.push(createIssue('required', entry.answerPath));
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: record as Answers, issues: [] };
}
