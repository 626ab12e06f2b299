import { profileToCsv, profileToJson } from '../../../core';
import { useResultSource, type ResultSourceProps } from '../../context/useResultSource';
import { downloadText } from '../../utils/downloadText';
import { partClassName, type StylingProps } from '../../utils/partClassName';

/** What `ExportButtons` can offer: the profile as JSON, as CSV, or the page printed (to paper or PDF). */
export type ExportFormat = 'json' | 'csv' | 'print';

/** Props of `ExportButtons`. */
export interface ExportButtonsProps extends ResultSourceProps, StylingProps {
  /** The buttons to show, in this order (default: JSON, CSV, print). */
  formats?: readonly ExportFormat[];
  /** The files' name without extension (default: `<questionnaire id>-profile`). */
  fileName?: string;
  /** Start the CSV with a byte order mark so that Excel reads non-Latin labels right (default true). */
  csvByteOrderMark?: boolean;
  /** Called after a download starts or the print dialog opens, e.g. for analytics. */
  onExport?: (format: ExportFormat) => void;
}

const mimeTypes = { json: 'application/json', csv: 'text/csv;charset=utf-8' } as const;

/**
 * Buttons that save the profile as JSON (`profileToJson`) or CSV (`profileToCsv`, labels in the
 * view's locale), built in the browser and downloaded without any request, and one that prints
 * the page with the kit's print stylesheet. The buttons themselves are hidden on paper.
 * @example <ExportButtons profile={profile} fileName="acme-readiness" />
 */
export function ExportButtons(props: ExportButtonsProps) {
  const { formats = ['json', 'csv', 'print'], fileName, csvByteOrderMark = true, onExport } = props;
  const { profile, questionnaire, locale, messages } = useResultSource('ExportButtons', props);
  const cn = partClassName('ExportButtons', props);
  const baseName = fileName ?? `${profile.questionnaireId}-profile`;

  const run = (format: ExportFormat) => {
    if (format === 'json') downloadText(profileToJson(profile), `${baseName}.json`, mimeTypes.json);
    else if (format === 'csv')
      downloadText(profileToCsv(profile, questionnaire, { locale, byteOrderMark: csvByteOrderMark }), `${baseName}.csv`, mimeTypes.csv);
    else window.print();
    onExport?.(format);
  };
  const labels: Record<ExportFormat, string> = {
    json: messages['export.json'],
    csv: messages['export.csv'],
    print: messages['export.print'],
  };

  return (
    <div className={cn()} role="group" aria-label={messages['export.title']}>
      {formats.map((format) => (
        <button
          key={format}
          type="button"
          className={cn('button', 'rk-Button')}
          data-variant="secondary"
          data-format={format}
          onClick={() => run(format)}
        >
          {labels[format]}
        </button>
      ))}
    </div>
  );
}
