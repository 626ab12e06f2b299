import { createIssue, isValidatedQuestionnaire, parseQuestionnaire, type Questionnaire, type Result } from '../../core';

/**
 * Validates a host's questionnaire definition; callers keep the result for as long as the definition
 * object stays the same (`useMemo`). A missing one is an issue at `questionnaire`, not a crash.
 */
export function validateDefinition(definition: unknown): Result<Questionnaire> {
  if (definition === undefined) return { ok: false, issues: [createIssue('missing_field', ['questionnaire'], { expected: 'object' })] };
  if (isValidatedQuestionnaire(definition)) return { ok: true, value: definition, issues: [] };
  return parseQuestionnaire(definition);
}
