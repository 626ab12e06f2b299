import type { ReactNode } from 'react';
import type { Issue } from '../../../core';
import type { UiMessages } from '../../i18n/uiMessages.types';
import type { PartClassName } from '../../utils/partClassName';
import { fieldErrorMessage } from './fieldErrorMessage';

/** Ids that tie a field's control to its help and error texts. */
export interface FieldIds {
  help: string;
  error: string;
}

/** The ids a field's control lists in `aria-describedby`: its help, then its error when it has one. */
export function describedBy(ids: FieldIds, hasHelp: boolean, hasError: boolean): string | undefined {
  return [hasHelp ? ids.help : '', hasError ? ids.error : ''].filter(Boolean).join(' ') || undefined;
}

/** Props of `FieldShell`. */
export interface FieldShellProps {
  cn: PartClassName;
  ids: FieldIds;
  /** Help text under the label. */
  help: string;
  /** The field's current issues; the first is shown. */
  issues: readonly Issue[] | undefined;
  messages: UiMessages;
  /** The label: a `<legend>` for a fieldset, a `<label>` otherwise. */
  label: ReactNode;
  /** The control(s). */
  children: ReactNode;
  /** Shown after the error, e.g. the live KPI preview. */
  footer?: ReactNode;
  /** `fieldset` for groups of options, `div` for a single labelled control. */
  as: 'fieldset' | 'div';
  /** The question's id (or lead field's), as `data-question`: a hook for host styles and tests. */
  fieldId: string;
}

/**
 * One question's frame: label and control, the help text, and the error message linked to the
 * control by `aria-describedby` (the error is not a live region: the step's summary announces).
 */
export function FieldShell({ cn, ids, help, issues, messages, label, children, footer, as: Element, fieldId }: FieldShellProps) {
  const issue = issues?.[0];
  return (
    <Element className={cn('field')} data-question={fieldId} data-invalid={issue ? '' : undefined}>
      {label}
      {help && (
        <p id={ids.help} className={cn('help')}>
          {help}
        </p>
      )}
      {children}
      {issue && (
        <p id={ids.error} className={cn('error')}>
          {fieldErrorMessage(issue, messages)}
        </p>
      )}
      {footer}
    </Element>
  );
}
