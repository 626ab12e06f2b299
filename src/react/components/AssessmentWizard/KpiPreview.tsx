import type { Kpi, KpiResult, LocalisedText } from '../../../core';
import { formatMessage } from '../../i18n/formatMessage';
import type { UiMessages } from '../../i18n/uiMessages.types';
import { formatValue } from '../../utils/formatValue';
import type { PartClassName } from '../../utils/partClassName';

/** Props of `KpiPreview`. */
export interface KpiPreviewProps {
  /** The live results of the KPIs the number question feeds: their `inputs` name it. */
  results: readonly KpiResult[];
  /** The questionnaire's KPI definitions, for their labels. */
  kpis: readonly Kpi[] | undefined;
  text: (value: LocalisedText | undefined) => string;
  messages: UiMessages;
  locale: string;
  /** The currency of money figures; US dollars (`DEFAULT_CURRENCY`) when undefined. */
  currency: string | undefined;
  cn: PartClassName;
}

/**
 * Under a number question, the KPIs it feeds with their value as the figures stand, so the
 * respondent sees what the number is for. Not a live region: it would chatter on every keystroke.
 */
export function KpiPreview({ results, kpis, text, messages, locale, currency, cn }: KpiPreviewProps) {
  return (
    <ul className={cn('kpiPreview')}>
      {results.map((result) => {
        // An input is null when its answer is missing, invalid or hidden: what scoring left out.
        const missing = Object.values(result.inputs).filter((input) => input === null).length;
        const value =
          result.value !== null
            ? formatValue(result.value, result.unit, { locale, currency })
            : missing > 0
              ? formatMessage(messages, 'kpiPreview.pending', { missing }, locale)
              : messages['kpi.notAvailable'];
        const label = kpis?.find((kpi) => kpi.id === result.id)?.label ?? result.id;
        return (
          <li key={result.id} className={cn('kpiPreviewItem')} data-state={result.value !== null ? 'ok' : 'pending'}>
            {formatMessage(messages, 'kpiPreview.label', { kpi: text(label) }, locale)}: <strong>{value}</strong>
          </li>
        );
      })}
    </ul>
  );
}
