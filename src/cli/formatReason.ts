import type { KpiResult, Profile, RuleReason } from '../core';
import { formatPosition } from './formatAxis';
import { formatKpiValue } from './formatKpiValue';
import type { Labels } from './labelsOf';

const MAX_LABEL = 48;

function shorten(text: string): string {
  return text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1).trimEnd()}…` : text;
}

function answerText(reason: Extract<RuleReason, { kind: 'answer' }>, labels: Labels): string {
  const { value, questionId } = reason;
  if (value === null || value === undefined) return 'no answer';
  if (Array.isArray(value)) return value.map((id: unknown) => labels.option(questionId, String(id))).join(', ');
  return typeof value === 'string' ? labels.option(questionId, value) : String(value);
}

/**
 * One reason a recommendation fired, in short: `Measurement scores 32 (lt 40)`.
 * @example formatReason({ kind: 'fit', status: 'mismatch', test: 'fit mismatch' }, profile, labels) // 'fit is mismatch'
 */
export function formatReason(reason: RuleReason, profile: Profile, labels: Labels): string {
  switch (reason.kind) {
    case 'answer':
      return `"${shorten(labels.question(reason.questionId))}": ${answerText(reason, labels)} (${reason.test})`;
    case 'dimension':
      return `${labels.dimension(reason.dimensionId)} scores ${reason.score === null ? '—' : Math.round(reason.score)} (${reason.test})`;
    case 'axis':
      return `${labels.axis(reason.axisId)} at ${reason.position === null ? '—' : formatPosition(reason.position)} (${reason.test})`;
    case 'kpi': {
      const kpi = profile.kpis.find((k): k is KpiResult => k.id === reason.kpiId);
      const value = kpi ? formatKpiValue(kpi, labels.locale) : 'n/a';
      return `${labels.kpi(reason.kpiId)} ${value} (${reason.test})`;
    }
    case 'fit':
      return `fit is ${reason.status}`;
  }
}
