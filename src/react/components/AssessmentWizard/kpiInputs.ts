import type { Kpi, KpiTerm } from '../../../core';

/** The question ids a KPI term reads. */
function termIds(term: KpiTerm | undefined): string[] {
  if (term === undefined) return [];
  if (typeof term === 'string') return [term];
  return 'sum' in term ? [...term.sum] : [...term.product];
}

/** The number questions a KPI is computed from. */
export function kpiInputIds(kpi: Kpi): string[] {
  return [...new Set([...termIds(kpi.numerator), ...termIds(kpi.denominator)])];
}

/** The KPIs a number question feeds, in definition order. */
export function kpisFedBy(kpis: readonly Kpi[] | undefined, questionId: string): Kpi[] {
  return (kpis ?? []).filter((kpi) => kpiInputIds(kpi).includes(questionId));
}
