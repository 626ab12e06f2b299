import { useMemo } from 'react';
import { localise, normaliseLocale, type LocalisedText, type Profile, type Questionnaire, type ResultReference } from '../../core';
import { resolveUiMessages } from '../i18n/resolveUiMessages';
import type { UiMessageOverrides, UiMessages } from '../i18n/uiMessages.types';
import { useAssessmentRuntimeContext, useLiveProfile } from './AssessmentContext';
import { DEFAULT_CURRENCY } from '../utils/formatValue';

/** Props every result view takes, to be used alone or inside `AssessmentProvider`. */
export interface ResultSourceProps {
  /** The profile to show; inside `AssessmentProvider`, the live one by default. */
  profile?: Profile;
  /** The questionnaire the profile was scored with (same id), for its labels; the provider's by default. */
  questionnaire?: Questionnaire;
  /** The locale of the texts and numbers; the provider's, or `en`, by default. */
  locale?: string;
  /** Currency code (ISO 4217) for money; the provider's by default. */
  currency?: string;
  /** Overrides of the kit's UI words. */
  messages?: UiMessageOverrides;
}

/** What a result view renders from. */
export interface ResultSource {
  profile: Profile;
  questionnaire: Questionnaire;
  locale: string;
  currency: string | undefined;
  messages: UiMessages;
  /** The provider's reference content (comparison rows, network rings), if the host gave it one. */
  reference: ResultReference | undefined;
  /** The text of a definition label in the locale. */
  text: (value: LocalisedText | undefined) => string;
}

/**
 * Resolves a result view's profile, questionnaire and words from its props, else from the provider.
 * Without a `profile`, or without the questionnaire that profile was scored with (none given, or
 * another id), it throws an error naming the view and `AssessmentProvider`.
 */
export function useResultSource(consumerName: string, props: ResultSourceProps): ResultSource {
  const context = useAssessmentRuntimeContext();
  const valid = context?.isValid ? context : null;
  const live = useLiveProfile(context, props.profile === undefined);
  const profile = props.profile ?? live;
  if (!profile)
    throw new Error(`\`${consumerName}\` must be used within \`AssessmentProvider\` or given a \`profile\` prop`);
  const questionnaire = props.questionnaire ?? (valid && valid.questionnaire.id === profile.questionnaireId ? valid.questionnaire : undefined);
  if (!questionnaire)
    throw new Error(
      `\`${consumerName}\` needs the \`questionnaire\` that profile "${profile.questionnaireId}" was scored with, as a prop or through \`AssessmentProvider\``,
    );
  // Another questionnaire's labels would name the wrong dimensions and KPIs: refuse rather than mislabel.
  if (questionnaire.id !== profile.questionnaireId)
    throw new Error(
      `\`${consumerName}\` was given questionnaire "${questionnaire.id}" for a profile scored with "${profile.questionnaireId}": pass the matching \`questionnaire\` as a prop or through \`AssessmentProvider\``,
    );
  const locale = normaliseLocale(props.locale ?? context?.locale ?? 'en');
  // The cards' default (US dollars, the bundled benchmarks' currency), so a reason's figure matches its card's.
  const currency = props.currency ?? context?.currency ?? DEFAULT_CURRENCY;
  const inherited = context && props.locale === undefined ? context.messages : undefined;
  const messages = useMemo(() => {
    const base = inherited ?? resolveUiMessages(locale);
    return props.messages ? { ...base, ...props.messages } : base;
  }, [inherited, locale, props.messages]);
  const text = (value: LocalisedText | undefined) => localise(value, locale);
  return { profile, questionnaire, locale, currency, messages, reference: context?.reference, text };
}
