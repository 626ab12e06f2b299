import { ReadinessError } from '../errors';
import { isValidatedQuestionnaire, parseQuestionnaire } from './parseQuestionnaire';
import type { Questionnaire } from './questionnaire.types';

/*
 * A questionnaire that did not come from parseQuestionnaire (one written in code, say) is validated
 * once and remembered, so a broken definition fails with its issues instead of a TypeError deep in
 * scoring, and a good one costs nothing on later calls.
 */
const checkedDefinitions = new WeakSet<object>();

/** Throws a `ReadinessError` (code `invalid_questionnaire`, with its issues) unless the definition validates. */
export function requireValidQuestionnaire(questionnaire: Questionnaire): void {
  if (isValidatedQuestionnaire(questionnaire) || checkedDefinitions.has(questionnaire)) return;
  const result = parseQuestionnaire(questionnaire);
  if (!result.ok) throw new ReadinessError('invalid_questionnaire', result.issues);
  checkedDefinitions.add(questionnaire);
}
