import { createIssue, type Issue, type Result } from '../errors';
import { validateJsonSchema, type JsonSchema } from '../jsonSchema/validateJsonSchema';
import { checkReferences } from './checkReferences';
import questionnaireJsonSchema from './questionnaire.schema.json';
import type { Questionnaire } from './questionnaire.types';

const schema = questionnaireJsonSchema as unknown as JsonSchema;
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

/**
 * Validates a definition (an object, or JSON text) and returns the typed questionnaire or every
 * issue found, each with a code and a path. Never throws. The questionnaire returned is a frozen
 * copy, so nothing can change it between validation and scoring.
 * @example
 * const result = parseQuestionnaire(json);
 * if (!result.ok) console.error(prettifyIssues(result.issues));
 */
export function parseQuestionnaire(input: unknown): Result<Questionnaire> {
  let data: unknown;
  let shapeIssues: Issue[];
  try {
    // A JSON round trip copies the input and drops what JSON cannot hold (functions, symbols).
    const text = typeof input === 'string' ? input : JSON.stringify(input);
    data = text === undefined ? undefined : JSON.parse(text);
    // Inside the try: a definition nested deeper than the stack allows is reported, never thrown.
    shapeIssues = validateJsonSchema(schema, data, schema);
  } catch (error) {
    return { ok: false, issues: [createIssue('invalid_json', [], { detail: (error as Error).message })] };
  }
  if (shapeIssues.length > 0) return { ok: false, issues: shapeIssues };
  const questionnaire = data as Questionnaire;
  const issues = checkReferences(questionnaire);
  if (issues.length > 0) return { ok: false, issues };
  validated.add(deepFreeze(questionnaire));
  return { ok: true, value: questionnaire, issues: [] };
}
