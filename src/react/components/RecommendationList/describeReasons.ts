import { localise, type Profile, type Questionnaire, type RuleReason } from '../../../core';
import { formatMessage } from '../../i18n/formatMessage';
import type { UiMessages } from '../../i18n/uiMessages.types';
import { formatAnswer } from '../../utils/formatAnswer';
import { formatValue } from '../../utils/formatValue';

/** What `describeReasons` needs to put a reason into words. */
export interface DescribeReasonsOptions {
  /** The profile the reasons come from, for KPI units. */
  profile: Profile;
  /** The questionnaire the profile was scored with, for its labels. */
  questionnaire: Questionnaire;
  /** The kit's UI words. */
  messages: UiMessages;
  /** The locale of labels and numbers. */
  locale: string;
  /** Currency code for money figures. */
  currency?: string | undefined;
}

function describeReason(reason: RuleReason, options: DescribeReasonsOptions): string {
  const { profile, questionnaire, messages, locale, currency } = options;
  const label = <T extends { id: string; label: Parameters<typeof localise>[0] }>(items: readonly T[] | undefined, id: string) => {
    const item = items?.find((candidate) => candidate.id === id);
    return item ? localise(item.label, locale) : id;
  };
  switch (reason.kind) {
    case 'answer': {
      const question = questionnaire.sections.flatMap((section) => section.questions).find((q) => q.id === reason.questionId);
      const questionLabel = question ? localise(question.label, locale) : reason.questionId;
      const value = formatAnswer(question, reason.value, options);
      return value === null
        ? formatMessage(messages, 'recommendations.reason.unanswered', { question: questionLabel })
        : formatMessage(messages, 'recommendations.reason.answer', { question: questionLabel, value });
    }
    case 'dimension': {
      const dimension = label(questionnaire.dimensions, reason.dimensionId);
      return reason.score === null
        ? formatMessage(messages, 'recommendations.reason.dimensionUnscored', { dimension })
        : formatMessage(messages, 'recommendations.reason.dimension', {
            dimension,
            score: formatValue(Math.round(reason.score), 'count', { locale }),
          });
    }
    case 'axis': {
      const axis = questionnaire.axes?.find((candidate) => candidate.id === reason.axisId);
      const axisLabel = axis ? localise(axis.label, locale) : reason.axisId;
      if (reason.position === null) return formatMessage(messages, 'recommendations.reason.axisUnknown', { axis: axisLabel });
      const signed = (value: number) => formatValue(value, 'count', { locale, signed: true });
      return formatMessage(messages, 'recommendations.reason.axis', {
        axis: axisLabel,
        position: signed(Math.round(reason.position)),
        min: signed(-100),
        max: signed(100),
        negativePole: axis ? localise(axis.negativePole, locale) : signed(-100),
        positivePole: axis ? localise(axis.positivePole, locale) : signed(100),
      });
    }
    case 'kpi': {
      const kpi = label(questionnaire.kpis, reason.kpiId);
      if (reason.value === null) return formatMessage(messages, 'recommendations.reason.kpiUnavailable', { kpi });
      const unit =
        profile.kpis.find((candidate) => candidate.id === reason.kpiId)?.unit ??
        questionnaire.kpis?.find((candidate) => candidate.id === reason.kpiId)?.unit;
      const values = { kpi, value: formatValue(reason.value, unit, { locale, currency }) };
      switch (reason.band) {
        case 'below':
          return formatMessage(messages, 'recommendations.reason.kpiBelow', values);
        case 'within':
          return formatMessage(messages, 'recommendations.reason.kpiWithin', values);
        case 'above':
          return formatMessage(messages, 'recommendations.reason.kpiAbove', values);
        default:
          return formatMessage(messages, 'recommendations.reason.kpi', values);
      }
    }
    case 'fit':
      return messages[`recommendations.reason.fit.${reason.status}`];
  }
}

/**
 * Why a recommendation fired, as plain sentences with the questionnaire's labels. Several tests on
 * one answer (say, "not includes ctr", "not includes cpl") read as one sentence, said once.
 * @example describeReasons(recommendation.reasons, { profile, questionnaire, messages, locale: 'en' })
 * // ['You answered “Casual and chatty” to “Which best describes your voice?”.']
 */
export function describeReasons(reasons: readonly RuleReason[], options: DescribeReasonsOptions): string[] {
  return [...new Set(reasons.map((reason) => describeReason(reason, options)))];
}
