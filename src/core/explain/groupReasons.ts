import type { ReasonComparison, RuleReason } from '../scoring/scoring.types';

/** What a reason is about: reasons on the same answer, score, axis, KPI or the fit say one thing. */
function subjectOf(reason: RuleReason): string {
  switch (reason.kind) {
    case 'answer':
      return `answer:${reason.questionId}`;
    case 'dimension':
      return `dimension:${reason.dimensionId}`;
    case 'axis':
      return `axis:${reason.axisId}`;
    case 'kpi':
      return `kpi:${reason.kpiId}`;
    case 'fit':
      return 'fit';
  }
}

const sameComparison = (a: ReasonComparison, b: ReasonComparison) =>
  a.op === b.op && a.negated === b.negated && JSON.stringify(a.value) === JSON.stringify(b.value);

/**
 * Merges reasons on the same subject into one, in the order subjects first appear, with all their
 * tests: a rule that looked at one answer eight times is said once.
 * @example groupReasons([notB2c, notB2c]).length // 1
 */
export function groupReasons(reasons: readonly RuleReason[]): RuleReason[] {
  const groups = new Map<string, RuleReason>();
  for (const reason of reasons) {
    const key = subjectOf(reason);
    const held = groups.get(key);
    if (!held) {
      groups.set(key, reason.comparisons ? { ...reason, comparisons: [...reason.comparisons] } : reason);
      continue;
    }
    if (!reason.comparisons) continue;
    const merged = held.comparisons ?? [];
    for (const comparison of reason.comparisons) if (!merged.some((other) => sameComparison(other, comparison))) merged.push(comparison);
    groups.set(key, { ...held, comparisons: merged });
  }
  return [...groups.values()];
}
