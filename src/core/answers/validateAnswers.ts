import { createIssue, type Issue, type Result } from '../errors';
import { describeType } from '../describeType';
import { compileQuestionnaire, type CompiledQuestion, type CompiledQuestionnaire } from '../questionnaire/compileQuestionnaire';
import type { Question, Questionnaire } from '../questionnaire/questionnaire.types';
import type { AnswerValue, Answers } from './answers.types';
import { capIssues } from '../capIssues';
import { clipId } from './clipId';
import { isAnswered } from './isAnswered';
import { readAnswers, readAnswerValue } from './readAnswers';
import { unreadableReason } from './readOwnData';

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
  const ids = new Set(options.map((option) => option.id));
  return checkSafely(question, value, segments, ids);
}

/** `validateAnswer` with the question's option ids at hand, as compiled questions have them. */
function checkAnswer(
  question: Question,
  value: unknown,
  segments: readonly (string | number)[],
  optionIds: ReadonlySet<string> | ReadonlyMap<string, unknown>,
): readonly Issue[] {
  switch (question.type) {
    case 'single':
      if (typeof value !== 'string') return wrongType(question, value, segments, 'an option id (string)');
      return optionIds.has(value)
        ? NO_ISSUES
        : [createIssue('unknown_option', segments, { id: clipId(value), question: question.id })];
    case 'multi': {
      if (!Array.isArray(value)) return wrongType(question, value, segments, 'a list of option ids');
      // The limit first: a list longer than the question allows costs one comparison, whatever its items.
      const limit = question.max ?? optionIds.size;
      if (value.length > limit) return [createIssue('too_many_options', segments, { max: limit, count: value.length })];
      if (!value.every((item) => typeof item === 'string')) return wrongType(question, value, segments, 'a list of option ids');
      let issues: Issue[] | undefined;
      const seen = new Set<string>();
      for (let index = 0; index < value.length; index += 1) {
        const id = value[index] as string;
        if (seen.has(id)) (issues ??= []).push(createIssue('duplicate_option', [...segments, index], { id: clipId(id) }));
        seen.add(id);
        if (!optionIds.has(id)) (issues ??= []).push(createIssue('unknown_option', [...segments, index], { id: clipId(id), question: question.id }));
      }
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
      // Length first: the pattern backtracks on a long string with no dot.
      return value.length <= 254 && EMAIL.test(value) ? NO_ISSUES : [createIssue('invalid_email', segments)];
  }
}

/** `checkAnswer` on a value that may be a host's throwing proxy: a throw becomes the answer's `unreadable_answer` issue. */
function checkSafely(
  question: Question,
  value: unknown,
  segments: readonly (string | number)[],
  optionIds: ReadonlySet<string> | ReadonlyMap<string, unknown>,
): readonly Issue[] {
  try {
    return checkAnswer(question, value, segments, optionIds);
  } catch (error) {
    return [createIssue('unreadable_answer', segments, { reason: unreadableReason(error) })];
  }
}

/**
 * Checks one answer against a compiled question, reading it as `readAnswerValue` does (never a
 * getter, limits first); the issues, empty when valid.
 */
export function checkCompiledAnswer(entry: CompiledQuestion, value: unknown): readonly Issue[] {
  const read = readAnswerValue(entry, value);
  return read.ok ? checkSafely(entry.question, read.value, entry.answerPath, entry.options) : read.issues;
}

/**
 * Keeps the valid answers to known questions, as plain data (read as `readAnswers` does: no getter
 * called, lists copied, limits first), and reports the rest. Linear in the input and never throws.
 */
export function splitValidAnswers(
  compiled: CompiledQuestionnaire,
  answers: unknown,
): { valid: Record<string, AnswerValue>; issues: Issue[] } {
  const { known, issues } = readAnswers(compiled, answers, (entry, value) => checkSafely(entry.question, value, entry.answerPath, entry.options));
  return { valid: known as Record<string, AnswerValue>, issues };
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
 * (`answers.platforms_used[1]`), at most `LIMITS.maxIssues` of them then a `more_issues` count. The
 * answers returned are a plain copy: getters are never called and proxies cannot throw. Never throws.
 * @example
 * const result = validateAnswers(socialMediaAssessment, { market: 'b2b' });
 */
export function validateAnswers(
  questionnaire: Questionnaire,
  answers: unknown,
  options: ValidateAnswersOptions = {},
): Result<Answers> {
  const compiled = compileQuestionnaire(questionnaire);
  const { valid, issues } = splitValidAnswers(compiled, answers);
  const reported = new Set(issues.map((issue) => issue.segments[1]));
  for (const id of options.requireAnswersTo ?? []) {
    const entry = compiled.byId.get(id);
    if (entry?.question.required && !isAnswered(valid[id]) && !reported.has(id)) issues.push(createIssue('required', entry.answerPath));
  }
  return issues.length > 0 ? { ok: false, issues: capIssues(issues) } : { ok: true, value: valid, issues: [] };
}
