import { localise } from '../i18n/localise';
import type { RuleReason } from '../scoring/scoring.types';
import type { ExplainOptions } from './explain.types';
import { fillMessage } from './fillMessage';
import { formatComparison } from './formatComparison';
import { formatNumber } from './formatNumber';

/**
 * A dimension score in a sentence, with the rule's threshold: "Measurement scored 7 of 100 (below 33)."
 * @example describeDimension({ kind: 'dimension', dimensionId: 'measurement', score: 7, test: 'lte 33', comparisons }, options)
 */
export function describeDimension(reason: Extract<RuleReason, { kind: 'dimension' }>, options: ExplainOptions): string {
  const { questionnaire, messages, locale } = options;
  const found = questionnaire.dimensions.find((candidate) => candidate.id === reason.dimensionId);
  const dimension = found ? localise(found.label, locale) : reason.dimensionId;
  if (reason.score === null) return fillMessage(messages['recommendations.reason.dimensionUnscored'], { dimension });
  const score = formatNumber(Math.round(reason.score), 'count', { locale });
  const comparison = formatComparison(reason.comparisons, reason.score, (threshold) => formatNumber(threshold, 'count', { locale }), messages);
  return comparison === null
    ? fillMessage(messages['recommendations.reason.dimension'], { dimension, score })
    : fillMessage(messages['recommendations.reason.dimensionCompared'], { dimension, score, comparison });
}

/**
 * The practice's position on an axis in a sentence, with its poles and the rule's threshold.
 * @example describeAxis({ kind: 'axis', axisId: 'orientation', position: -62, test: 'lt 0' }, options)
 * // 'Your practice sits at -62 on Orientation, where -100 is B2C and +100 is B2B.'
 */
export function describeAxis(reason: Extract<RuleReason, { kind: 'axis' }>, options: ExplainOptions): string {
  const { questionnaire, messages, locale } = options;
  const axis = questionnaire.axes?.find((candidate) => candidate.id === reason.axisId);
  const axisLabel = axis ? localise(axis.label, locale) : reason.axisId;
  if (reason.position === null) return fillMessage(messages['recommendations.reason.axisUnknown'], { axis: axisLabel });
  const signed = (value: number) => formatNumber(Math.round(value), 'count', { locale, signed: true });
  const values = {
    axis: axisLabel,
    position: signed(reason.position),
    min: signed(-100),
    max: signed(100),
    negativePole: axis ? localise(axis.negativePole, locale) : signed(-100),
    positivePole: axis ? localise(axis.positivePole, locale) : signed(100),
  };
  const comparison = formatComparison(reason.comparisons, reason.position, signed, messages);
  return comparison === null
    ? fillMessage(messages['recommendations.reason.axis'], values)
    : fillMessage(messages['recommendations.reason.axisCompared'], { ...values, comparison });
}
