import type { Profile, Questionnaire, RuleReason } from '../../../core';
import { explainReasons } from '../../../core/explain/explainReasons';
import type { UiMessages } from '../../i18n/uiMessages.types';

/** What `describeReasons` needs to put a reason into words. */
export interface DescribeReasonsOptions {
  /** The profile the reasons come from, for KPI units. */
  profile: Profile;
  /** The questionnaire the profile was scored with, for its labels. */
  questionnaire: Questionnaire;
  /** The kit's UI words; their `recommendations.reason.*` sentences, a host's overrides included, are used. */
  messages: UiMessages;
  /** The locale of labels and numbers. */
  locale: string;
  /** Currency code for money figures. */
  currency?: string | undefined;
}

/**
 * Why a recommendation fired, as plain sentences: the core's shared formatter (the CLI's too) fed
 * with the resolved UI words, so a host's `messages` prop rewords it.
 * @example describeReasons(recommendation.reasons, { profile, questionnaire, messages, locale: 'en' })
 * // ['You answered “Conversational, like talking with a friend” to “How would you describe the tone of your posts?”.']
 */
export function describeReasons(reasons: readonly RuleReason[], options: DescribeReasonsOptions): string[] {
  const { profile, questionnaire, messages, locale, currency } = options;
  return explainReasons(reasons, { profile, questionnaire, messages, locale, currency });
}
