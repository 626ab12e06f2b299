import type { Profile, RuleReason } from '../core';
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

/** What a reason is about (the same for every test on one answer, dimension …) and the test itself. */
function describe(reason: RuleReason, profile: Profile, labels: Labels): { subject: string; test: string } {
  switch (reason.kind) {
    case 'answer':
      return { subject: `"${shorten(labels.question(reason.questionId))}": ${answerText(reason, labels)}`, test: reason.test };
    case 'dimension':
      return { subject: `${labels.dimension(reason.dimensionId)} scores ${reason.score === null ? '—' : Math.round(reason.score)}`, test: reason.test };
    case 'axis':
      return { subject: `${labels.axis(reason.axisId)} at ${reason.position === null ? '—' : formatPosition(reason.position)}`, test: reason.test };
    case 'kpi': {
      const kpi = profile.kpis.find((candidate) => candidate.id === reason.kpiId);
      return { subject: `${labels.kpi(reason.kpiId)} ${kpi ? formatKpiValue(kpi, labels.locale) : 'n/a'}`, test: reason.test };
    }
    case 'fit':
      return { subject: `fit is ${reason.status}`, test: '' };
  }
}

/**
 * Why a recommendation fired, in short; several tests on one answer are said once:
 * `Measurement scores 32 (lt 40); "Which do you track?": Reach (not includes "ctr", not includes "cpl")`.
 */
export function formatReasons(reasons: readonly RuleReason[], profile: Profile, labels: Labels): string {
  const tests = new Map<string, string[]>();
  for (const reason of reasons) {
    const { subject, test } = describe(reason, profile, labels);
    const list = tests.get(subject) ?? [];
    if (test && !list.includes(test)) list.push(test);
    tests.set(subject, list);
  }
  return [...tests].map(([subject, list]) => (list.length > 0 ? `${subject} (${list.join(', ')})` : subject)).join('; ');
}
