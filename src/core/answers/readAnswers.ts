import { describeType } from '../describeType';
import { createIssue, type Issue } from '../errors';
import { LIMITS } from '../limits';
import type { CompiledQuestion, CompiledQuestionnaire } from '../questionnaire/compileQuestionnaire';
import { clipId } from './clipId';
import { ownDataValue, plainItems, unreadableReason } from './readOwnData';

/** One answer as read: a plain value to validate, or the issues that stopped it being read. */
export type ReadAnswer = { ok: true; value: unknown } | { ok: false; issues: Issue[] };

/** What `readAnswers` found: answers to known questions as plain data (lists copied), and what could not be read. */
export interface ReadAnswers {
  /** Answers to known questions by id, in the input's order: plain values (valid ones, when read with a check). */
  known: Record<string, unknown>;
  /** Unknown question ids, answers that could not be read, and limits broken. */
  issues: Issue[];
}

const unreadable = (segments: readonly (string | number)[], error: unknown): Issue =>
  createIssue('unreadable_answer', segments, { reason: unreadableReason(error) });

const tooLong = (segments: readonly (string | number)[], value: string): Issue =>
  createIssue('answer_too_long', segments, { length: value.length, maxLength: LIMITS.maxAnswerLength });

/** A list's items, after its length is checked against the question's limit and each string against the length limit. */
function readList(entry: CompiledQuestion, list: readonly unknown[]): ReadAnswer {
  const { question, answerPath } = entry;
  const length = ownDataValue(list, 'length') as number;
  // Before any item is read: 200,000 items cost one comparison, not 200,000 checks.
  const limit = question.type === 'multi' ? (question.max ?? entry.options.size) : 0;
  if (question.type === 'multi' && length > limit)
    return { ok: false, issues: [createIssue('too_many_options', answerPath, { max: limit, count: length })] };
  if (question.type !== 'multi') return { ok: true, value: list };
  const items = plainItems(list);
  const issues: Issue[] = [];
  items.forEach((item, index) => {
    if (typeof item === 'string' && item.length > LIMITS.maxAnswerLength) issues.push(tooLong([...answerPath, index], item));
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: items };
}

/**
 * Reads one answer from host data without trusting it: a getter is never called, a throwing proxy is
 * caught, a list longer than its question allows or a string past `LIMITS.maxAnswerLength` is
 * reported before any other work. Never throws.
 */
export function readAnswerValue(entry: CompiledQuestion, raw: unknown): ReadAnswer {
  try {
    if (typeof raw === 'string' && raw.length > LIMITS.maxAnswerLength) return { ok: false, issues: [tooLong(entry.answerPath, raw)] };
    if (Array.isArray(raw)) return readList(entry, raw);
    return { ok: true, value: raw };
  } catch (error) {
    return { ok: false, issues: [unreadable(entry.answerPath, error)] };
  }
}

/** The value of `answers`' own data property `key`, or the issue that stops it being read. */
function readOwn(answers: object, key: string, segments: readonly (string | number)[]): ReadAnswer {
  try {
    return { ok: true, value: ownDataValue(answers, key) };
  } catch (error) {
    return { ok: false, issues: [unreadable(segments, error)] };
  }
}

/** Checks an answer once read; its issues keep the answer out of `known`. */
export type CheckReadAnswer = (entry: CompiledQuestion, value: unknown) => readonly Issue[];

/**
 * Reads an answers object as data: own enumerable properties only, each through its descriptor.
 * Keys that name no question are reported (`unknown_question`), each answer read by `readAnswerValue`
 * then given to `check`, so issues come in the input's order. Linear in the input's size, and never
 * throws, whatever the host passed.
 */
export function readAnswers(compiled: CompiledQuestionnaire, answers: unknown, check?: CheckReadAnswer): ReadAnswers {
  // A plain object is safe here: only question ids go in, and ids cannot be `__proto__` (IdSchema).
  const known: Record<string, unknown> = {};
  let keys: string[];
  try {
    if (typeof answers !== 'object' || answers === null || Array.isArray(answers))
      return { known, issues: [createIssue('invalid_type', ['answers'], { expected: 'object', received: describeType(answers) })] };
    keys = Object.keys(answers);
  } catch (error) {
    return { known, issues: [unreadable(['answers'], error)] };
  }
  const issues: Issue[] = [];
  for (const key of keys) {
    const entry = compiled.byId.get(key);
    if (!entry) {
      const id = clipId(key);
      issues.push(createIssue('unknown_question', ['answers', id], { id }));
      continue;
    }
    const own = readOwn(answers, key, entry.answerPath);
    const read = own.ok ? readAnswerValue(entry, own.value) : own;
    const problems = read.ok ? (check?.(entry, read.value) ?? []) : read.issues;
    if (read.ok && problems.length === 0) known[key] = read.value;
    // One at a time, not push(...problems): a spread of 100,000 issues overflows the call stack.
    for (const problem of problems) issues.push(problem);
  }
  return { known, issues };
}
