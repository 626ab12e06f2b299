import type { Questionnaire } from '../../core';
import { structureHash } from '../../core/share/structureHash';

/**
 * What the wizard's progress depends on: the questionnaire's id and version, its steps, and each
 * question's id, type and options. Texts, points, rules and conditions may change under it.
 */
export function structureKey(questionnaire: Questionnaire): string {
  const steps = questionnaire.sections.map((section) => section.id).join(',');
  return `${questionnaire.id}@${questionnaire.version}|${steps}|${structureHash(questionnaire)}`;
}

/** The whole definition, for telling one edit from the next. */
export function contentKey(questionnaire: Questionnaire): string {
  return JSON.stringify(questionnaire);
}
