import type { ReactNode } from 'react';
import type { PartClassName } from '../../utils/partClassName';

/** Props of `ResultDisclosure`. */
export interface ResultDisclosureProps {
  /** Which part of the result it holds (`kpis`, `network` …), as `data-section`: for hosts' styles and for printing. */
  section: string;
  /** The summary's words: what opening it shows. */
  label: string;
  /** The result's part class names. */
  cn: PartClassName;
  children: ReactNode;
}

/**
 * One part of a result below its headline, closed until the respondent opens it: a native
 * `<details>`, so the keyboard (Enter, Space), screen readers (a button that says whether it is
 * expanded) and find-in-page work as the browser makes them. The chevron turns as it opens, so its
 * state never rests on colour.
 */
export function ResultDisclosure({ section, label, cn, children }: ResultDisclosureProps) {
  return (
    <details className={cn('disclosure')} data-section={section}>
      <summary className={cn('summary')}>
        <span className={cn('summaryLabel')}>{label}</span>
        <span className={cn('marker')} aria-hidden="true" />
      </summary>
      <div className={cn('disclosureBody')}>{children}</div>
    </details>
  );
}
