import * as z from 'zod/mini';
import { createIssue, type Issue, type Result } from '../errors';
import { checkReferences } from './checkReferences';
import { findTooDeep } from './findTooDeep';
import { QuestionnaireSchema } from './questionnaire.schema';
import type { Questionnaire } from './questionnaire.types';
import { fromZodIssues } from './zodIssues';

const validated = new WeakSet<object>();

/** True when `value` is a questionnaire returned by `parseQuestionnaire` (and so safe to score). */
export function isValidatedQuestionnaire(value: unknown): value is Questionnaire {
  return typeof value === 'object' && value !== null && validated.has(value);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** The parser's or serialiser's own words, which name what went wrong (a position, a cycle). */
const detailOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * A plain-JSON copy of the input (text parsed, or an object through a JSON round trip, which drops
 * what JSON cannot hold: functions, symbols), or the issue that stops it.
 */
function toJsonData(input: unknown): { data: unknown } | { issue: Issue } {
  if (typeof input === 'string') {
    try {
      return { data: JSON.parse(input) };
    } catch (error) {
      return { issue: createIssue('invalid_json', [], { detail: detailOf(error) }) };
    }
  }
  try {
    const text = JSON.stringify(input);
    return { data: text === undefined ? undefined : JSON.parse(text) };
  } catch (error) {
    // Nested past the serialiser's stack: say where it got too deep, not that the stack overflowed.
    const deep = error instanceof RangeError ? findTooDeep(input) : undefined;
    return { issue: deep ?? createIssue('invalid_json', [], { detail: detailOf(error) }) };
  }
}

/**
 * Validates a definition (an object, or JSON text) and returns the typed questionnaire or every
 * issue found, each with a code and a path. The shape is checked by the zod schemas the types and
 * the editors' JSON Schema come from, then the cross-references. Never throws. The questionnaire
 * returned is a frozen copy, so nothing can change it between validation and scoring.
 * @example
 * const result = parseQuestionnaire(json);
 * if (!result.ok) console.error(prettifyIssues(result.issues));
 */
export function parseQuestionnaire(input: unknown): Result<Questionnaire> {
  const json = toJsonData(input);
  if ('issue' in json) return { ok: false, issues: [json.issue] };
  const deep = findTooDeep(json.data);
  if (deep) return { ok: false, issues: [deep] };
  const parsed = z.safeParse(QuestionnaireSchema, json.data);
  if (!parsed.success) return { ok: false, issues: fromZodIssues(parsed.error.issues, json.data) };
  // zod's output, not the input: a copy zod made, holding only what the schemas allow.
  const questionnaire = parsed.data as Questionnaire;
  const issues = checkReferences(questionnaire);
  if (issues.length > 0) return { ok: false, issues };
  validated.add(deepFreeze(questionnaire));
  return { ok: true, value: questionnaire, issues: [] };
}
