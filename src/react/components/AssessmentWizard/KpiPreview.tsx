import type { Kpi, KpiResult, LocalisedText } from '../../../core';
import { formatMessage } from '../../i18n/formatMessage';
import type { UiMessages } from '../../i18n/uiMessages.types';
import { formatValue } from '../../utils/formatValue';
import type { PartClassName } from '../../utils/partClassName';
import { kpiInputIds } from './kpiInputs';

/** Props of `KpiPreview`. */
export interface KpiPreviewProps {
  /** The KPIs the number question feeds. */
  kpis: readonly Kpi[];
  /** The live results, by KPI id. */
  results: readonly KpiResult[];
  /** Which inputs have a valid answer now. */
  isAnswered: (questionId: string) => boolean;
  text: (value: LocalisedText | undefined) => string;
  messages: UiMessages;
  locale: string;
  currency: string | undefined;
  cn: PartClassName;
}

/**
 * Under a number question, the KPIs it feeds with their value as the figures stand, so the
 * respondent sees what the number is for. Not a live region: it would chatter on every keystroke.
 */
export function KpiPreview({ kpis, results, isAnswered, text, messages, locale, currency, cn }: KpiPreviewProps) {
  return (
    <ul className={cn('kpiPreview')}>
      {kpis.map((kpi) => {
        const result = results.find((candidate) => candidate.id === kpi.id);
        const missing = kpiInputIds(kpi).filter((id) => !isAnswered(id)).length;
        const value =
          result?.value != null
            ? formatValue(result.value, kpi.unit, { locale, currency })
            : missing > 0
              ? formatMessage(messages, 'kpiPreview.pending', { missing })
              : messages['kpi.notAvailable'];
        return (
          <li key={kpi.id} className={cn('kpiPreviewItem')} data-state={result?.value != null ? 'ok' : 'pending'}>
            {formatMessage(messages, 'kpiPreview.label', { kpi: text(kpi.label) })}: <strong>{value}</strong>
          </li>
        );
      })}
    </ul>
  );
}
