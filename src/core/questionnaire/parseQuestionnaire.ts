import { createIssue, type Result } from '../errors';
import { fromZodIssues } from '../fromZodIssues';
import { checkReferences } from './checkReferences';
import { QuestionnaireSchema } from './questionnaire.schema';
import type { Questionnaire } from './questionnaire.types';

const validated = new WeakSet<object>();

/** True when `value` is a questionnaire returned by `parseQuestionnaire` (and so safe to score). */
export function isValidatedQuestionnaire(value: unknown): value is Questionnaire {
  return typeof value === 'object' && value !== null && validated.has(value);
}

/**
 * Validates a definition (an object, or JSON text) and returns the typed questionnaire or every
 * issue found, each with a code and a path. Never throws.
 * @example
 * const result = parseQuestionnaire(json);
 * if (!result.ok) console.error(prettifyIssues(result.issues));
 */
export function parseQuestionnaire(input: unknown): Result<Questionnaire> {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch (error) {
      return { ok: false, issues: [createIssue('invalid_json', [], { detail: (error as Error).message })] };
    }
  }
  const parsed = QuestionnaireSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: fromZodIssues(parsed.error.issues) };
  const issues = checkReferences(parsed.data);
  if (issues.length > 0) return { ok: false, issues };
  validated.add(parsed.data);
  return { ok: true, value: parsed.data, issues: [] };
}
