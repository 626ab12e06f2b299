import { isValidatedQuestionnaire, parseQuestionnaire, type Questionnaire, type Result } from '../../core';

const cache = new WeakMap<object, Result<Questionnaire>>();

/**
 * Validates a questionnaire definition once per object: hosts often pass the same object on every
 * render, and parsing the bundled assessment takes a millisecond or two.
 */
export function validateDefinition(definition: unknown): Result<Questionnaire> {
  if (isValidatedQuestionnaire(definition)) return { ok: true, value: definition, issues: [] };
  if (typeof definition !== 'object' || definition === null) return parseQuestionnaire(definition);
  let result = cache.get(definition);
  if (!result) {
    result = parseQuestionnaire(definition);
    cache.set(definition, result);
  }
  return result;
}
