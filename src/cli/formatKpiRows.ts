import { formatColumns } from './formatColumns';
import { formatKpiStanding, formatKpiValue } from './formatKpiValue';
import type { TableContext } from './tableContext';

/**
 * The KPIs section: each KPI's value and where it sits against its benchmark.
 * @example formatKpiRows(context) // ['  KPI            Value  Against benchmark', '  Cost per lead  n/a (missing input)  no benchmark']
 */
export function formatKpiRows({ profile, labels, words }: TableContext): string[] {
  if (profile.kpis.length === 0) return [`  ${words.say('kpis.none')}`];
  const rows = profile.kpis.map((kpi) => [labels.kpi(kpi.id), formatKpiValue(kpi, words), formatKpiStanding(kpi, words)]);
  const header = [words.say('kpis.kpi'), words.say('kpis.value'), words.say('kpis.benchmark')];
  return formatColumns([header, ...rows], ['left', 'right']).map((line) => `  ${line}`);
}
