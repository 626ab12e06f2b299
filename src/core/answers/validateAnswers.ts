import { createIssue, type Issue, type Result } from '../errors';
import { describeType } from '../jsonSchema/describeType';
import { compileQuestionnaire } from '../questionnaire/compileQuestionnaire';
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

/**
 * Checks one answer against its question; returns the issues (empty when valid).
 * @example validateAnswer(question, 6, ['answers', 'q1']) // [{ code: 'answer_out_of_range', … }]
 */
export function validateAnswer(question: Question, value: unknown, segments: (string | number)[]): Issue[] {
  const wrongType = (expected: string) => [
    createIssue('answer_wrong_type', segments, { expected, received: describeType(value), questionType: question.type }),
  ];
  switch (question.type) {
    case 'single': {
      if (typeof value !== 'string') return wrongType('an option id (string)');
      return question.options.some((option) => option.id === value)
        ? []
        : [createIssue('unknown_option', segments, { id: value, question: question.id })];
    }
    case 'multi': {
      if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) return wrongType('a list of option ids');
      const issues: Issue[] = [];
      const seen = new Set<string>();
      value.forEach((id: string, index) => {
        if (seen.has(id)) issues.push(createIssue('duplicate_option', [...segments, index], { id }));
        seen.add(id);
        if (!question.options.some((option) => option.id === id))
          issues.push(createIssue('unknown_option', [...segments, index], { id, question: question.id }));
      });
      if (question.max !== undefined && value.length > question.max)
        issues.push(createIssue('too_many_options', segments, { max: question.max, count: value.length }));
      return issues;
    }
    case 'likert':
      if (typeof value !== 'number' || !Number.isFinite(value)) return wrongType('a number from 1 to 5');
      if (!Number.isInteger(value)) return [createIssue('not_an_integer', segments)];
      return value < 1 || value > 5 ? [createIssue('answer_out_of_range', segments, { min: 1, max: 5 })] : [];
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return wrongType('a finite number');
      if (question.integer && !Number.isInteger(value)) return [createIssue('not_an_integer', segments)];
      const tooLow = question.min !== undefined && value < question.min;
      const tooHigh = question.max !== undefined && value > question.max;
      return tooLow || tooHigh ? [createIssue('answer_out_of_range', segments, { min: question.min, max: question.max })] : [];
    }
    case 'text': {
      if (typeof value !== 'string') return wrongType('text');
      const maxLength = question.maxLength ?? DEFAULT_TEXT_LIMIT;
      return value.length > maxLength ? [createIssue('text_too_long', segments, { maxLength })] : [];
    }
    case 'email':
      if (typeof value !== 'string') return wrongType('an email address');
      return EMAIL.test(value) && value.length <= 254 ? [] : [createIssue('invalid_email', segments)];
  }
}

/**
 * Validates answers against a questionnaire: the typed answers, or every issue with its path
 * (`answers.platform_mix[1]`). Never throws.
 * @example
 * const result = validateAnswers(socialMediaAssessment, { market: 'b2b' });
 */
export function validateAnswers(
  questionnaire: Questionnaire,
  answers: unknown,
  options: ValidateAnswersOptions = {},
): Result<Answers> {
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers))
    return { ok: false, issues: [createIssue('invalid_type', ['answers'], { expected: 'object', received: describeType(answers) })] };
  const { byId } = compileQuestionnaire(questionnaire);
  const issues: Issue[] = [];
  const record = answers as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const entry = byId.get(key);
    if (!entry) issues.push(createIssue('unknown_question', ['answers', key], { id: key }));
    else issues.push(...validateAnswer(entry.question, record[key], ['answers', key]));
  }
  for (const id of options.requireAnswersTo ?? []) {
    const entry = byId.get(id);
    if (entry?.question.required && !isAnswered(record[id] as AnswerValue | undefined))
      issues.push(createIssue('required', ['answers', id]));
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: record as Answers, issues: [] };
}
