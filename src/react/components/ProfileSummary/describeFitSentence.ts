import type { LocalisedText, Profile, Questionnaire } from '../../../core';
import { formatMessage } from '../../i18n/formatMessage';
import type { UiMessages } from '../../i18n/uiMessages.types';

/** What `describeFitSentence` needs besides the profile. */
export interface DescribeFitSentenceOptions {
  questionnaire: Questionnaire;
  messages: UiMessages;
  /** The text of a definition label in the locale. */
  text: (value: LocalisedText | undefined) => string;
  /** The axis to describe when the questionnaire declares no market fit; its first axis by default. */
  axisId?: string | undefined;
}

/** The label of the option the respondent chose for the market question; its id if the questionnaire has no such option. */
function marketLabel(questionnaire: Questionnaire, questionId: string, optionId: string, text: DescribeFitSentenceOptions['text']): string {
  for (const section of questionnaire.sections) {
    const question = section.questions.find((candidate) => candidate.id === questionId);
    if (question && 'options' in question) {
      const option = question.options.find((candidate) => candidate.id === optionId);
      return option ? text(option.label) : optionId;
    }
  }
  return optionId;
}

/**
 * Where the practice sits on its axis and whether that fits who the company sells to, as one plain
 * sentence built from the axis' pole labels and the chosen market option ("Your practice leans to B2C
 * practice, but who you sell to, “Businesses and other organisations (B2B)”, calls for B2B practice:
 * a mismatch."). The fit's axis is described when the questionnaire declares a fit, so the sentence
 * and the fit status never speak of different axes. Null when the questionnaire has no axis.
 * @example describeFitSentence(profile, { questionnaire, messages, text })
 */
export function describeFitSentence(profile: Profile, options: DescribeFitSentenceOptions): string | null {
  const { questionnaire, messages, text } = options;
  const fitDefinition = questionnaire.fit;
  const axisId = fitDefinition?.axis ?? options.axisId ?? questionnaire.axes?.[0]?.id;
  const axis = questionnaire.axes?.find((candidate) => candidate.id === axisId);
  if (!axis) return null;
  const score = profile.axes.find((candidate) => candidate.id === axis.id);
  const side = score?.position === null ? null : (score?.side ?? null);
  const negative = text(axis.negativePole);
  const positive = text(axis.positivePole);
  const poles = { negative, positive };
  if (side === null) return formatMessage(messages, 'result.orientation.unknown', poles);

  const sideLabel = side === 'positive' ? positive : negative;
  const fit = profile.fit;
  // Without a fit in the definition, or with the market unanswered, only the orientation can be told.
  if (!fitDefinition || fit.market === null || fit.status === 'unknown') {
    if (!fitDefinition) return formatMessage(messages, side === 'mixed' ? 'result.orientation.between' : 'result.orientation.leans', { ...poles, side: sideLabel });
    return formatMessage(messages, side === 'mixed' ? 'result.fit.noMarketBetween' : 'result.fit.noMarket', { ...poles, side: sideLabel });
  }

  const market = marketLabel(questionnaire, fitDefinition.question, fit.market, text);
  const target = fit.target === 'positive' ? positive : fit.target === 'negative' ? negative : '';
  const values = { ...poles, side: sideLabel, market, target };
  switch (fit.status) {
    case 'aligned':
      return formatMessage(messages, side === 'mixed' ? 'result.fit.alignedBetween' : 'result.fit.aligned', values);
    case 'mixed':
      return formatMessage(messages, 'result.fit.mixed', values);
    case 'mismatch':
      return formatMessage(messages, 'result.fit.mismatch', values);
  }
}
