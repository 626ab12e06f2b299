import { localise } from '../i18n/localise';
import type { RuleReason } from '../scoring/scoring.types';
import type { ExplainOptions, ReasonMessages } from './explain.types';
import { fillMessage } from './fillMessage';
import { formatComparison } from './formatComparison';
import { formatNumber } from './formatNumber';

const BAND_KEYS: Record<'below' | 'within' | 'above', keyof ReasonMessages> = {
  below: 'recommendations.reason.kpiBelow',
  within: 'recommendations.reason.kpiWithin',
  above: 'recommendations.reason.kpiAbove',
};

/**
 * A KPI in a sentence: its value against the benchmark range, or against the rule's threshold when
 * the rule tested the value rather than the band ("Advocacy participation is 3.3% (below 10%).").
 * @example describeKpi({ kind: 'kpi', kpiId: 'ctr', value: 0.3, band: 'below', test: 'band "below"' }, options)
 * // 'Click-through rate (CTR) is 0.3%, below the benchmark range.'
 */
export function describeKpi(reason: Extract<RuleReason, { kind: 'kpi' }>, options: ExplainOptions): string {
  const { questionnaire, profile, messages, locale, currency } = options;
  const definition = questionnaire.kpis?.find((candidate) => candidate.id === reason.kpiId);
  const kpi = definition ? localise(definition.label, locale) : reason.kpiId;
  if (reason.value === null) return fillMessage(messages['recommendations.reason.kpiUnavailable'], { kpi });
  const unit = profile?.kpis.find((candidate) => candidate.id === reason.kpiId)?.unit ?? definition?.unit;
  const format = (value: number) => formatNumber(value, unit, { locale, currency });
  const values = { kpi, value: format(reason.value) };
  const testsBand = reason.comparisons?.some((comparison) => comparison.op === 'band') ?? false;
  const comparison = testsBand ? null : formatComparison(reason.comparisons, reason.value, format, messages);
  if (comparison !== null) return fillMessage(messages['recommendations.reason.kpiCompared'], { ...values, comparison });
  return fillMessage(messages[reason.band === 'unavailable' ? 'recommendations.reason.kpi' : BAND_KEYS[reason.band]], values);
}
