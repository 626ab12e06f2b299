import { capIssues } from '../capIssues';
import type { Issue, Result } from '../errors';
import { checkReferences } from './checkReferences';
import { isStackOverflow } from './isStackOverflow';
import { QuestionnaireSchema } from './questionnaire.schema';
import type { Questionnaire } from './questionnaire.types';
import { listValidationIssues } from './issueList';
import { readJsonText, readJsonValue, tooDeepAtRoot } from './readJsonInput';
import { safeParseLarge } from './safeParseLarge';

const validated = new WeakSet<object>();

/** True when `value` is a questionnaire returned by `parseQuestionnaire` (and so safe to score). */
export function isValidatedQuestionnaire(value: unknown): value is Questionnaire {
  return typeof value === 'object' && value !== null && validated.has(value);
}

/** Freezes a value and everything in it, with a list rather than recursion (its depth is capped, but the stack may not be). */
function deepFreeze<T>(value: T): T {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const current = pending.pop();
    if (typeof current !== 'object' || current === null || Object.isFrozen(current)) continue;
    Object.freeze(current);
    for (const inner of Object.values(current)) pending.push(inner);
  }
  return value;
}

/** A rejection with its issues, each list already capped at `LIMITS.maxIssues` where it was made. */
const rejected = (issues: Issue[]): Result<Questionnaire> => ({ ok: false, issues });

function validate(data: unknown, notFinite: Issue[]): Result<Questionnaire> {
  const parsed = safeParseLarge(QuestionnaireSchema, data);
  if (!parsed.success) return rejected(listValidationIssues(notFinite, parsed.drafts));
  // Never passed: JSON made each non-finite number null, which the schema has no place for.
  if (notFinite.length > 0) return rejected(capIssues(notFinite));
  // zod's output, not the input: a copy zod made, holding only what the schemas allow.
  const questionnaire = parsed.data as Questionnaire;
  const issues = checkReferences(questionnaire);
  if (issues.length > 0) return rejected(issues);
  validated.add(deepFreeze(questionnaire));
  return { ok: true, value: questionnaire, issues: [] };
}

/**
 * Validates a definition (an object, or JSON text) and returns the typed questionnaire or the issues
 * found, each with a code and a path: at most `LIMITS.maxIssues`, then one `more_issues` counting the
 * rest. Before anything else the input is walked without recursion: nesting past `LIMITS.maxDepth`
 * is one `too_deep` issue at its path, a non-finite number (`Infinity`, `1e999`) a `not_finite` issue
 * at its. Then the shape is checked by the zod schemas the types and the editors' JSON Schema come
 * from, then the cross-references. Never throws, however deep or large the input. The questionnaire
 * returned is a frozen copy, so nothing can change it between validation and scoring.
 * @example
 * const result = parseQuestionnaire(json);
 * if (!result.ok) console.error(prettifyIssues(result.issues));
 */
export function parseQuestionnaire(input: unknown): Result<Questionnaire> {
  // An object goes through a JSON round trip: a plain copy, without functions, symbols or getters.
  const json = typeof input === 'string' ? readJsonText(input) : readJsonValue(input, { copy: true });
  if (!json.ok) return rejected(capIssues(json.issues));
  try {
    return validate(json.data, json.notFinite);
  } catch (error) {
    // The depth is capped, but a caller may already be deep in the stack: still an issue, never a throw.
    if (isStackOverflow(error)) return rejected([tooDeepAtRoot()]);
    throw error;
  }
}
