import type { Questionnaire } from '../questionnaire/questionnaire.types';
import type { ProvisionalReason } from './scoring.types';

/** Share of the shown, scorable questions to answer before a profile claims a tier, when a definition does not say. */
export const DEFAULT_MIN_COMPLETENESS = 0.5;

/** What the confidence check reads: the index and the counts of scorable questions shown and answered. */
export interface AnswerCounts {
  index: number | null;
  answered: number;
  scorable: number;
}

/**
 * Whether enough was answered to claim a tier: null when it was, else why not and how many more
 * answers would do. Four strong answers out of fifty must not read as the top tier.
 */
export function getConfidence(questionnaire: Questionnaire, { index, answered, scorable }: AnswerCounts): ProvisionalReason | null {
  const minCompleteness = questionnaire.confidence?.minCompleteness ?? DEFAULT_MIN_COMPLETENESS;
  const required = Math.ceil(minCompleteness * scorable - 1e-9);
  if (answered === 0) return { code: 'no_answers', answered, needed: Math.max(1, required) };
  if (answered >= required && index !== null) return null;
  return { code: 'too_few_answers', answered, needed: Math.max(1, required - answered) };
}
