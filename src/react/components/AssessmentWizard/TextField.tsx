import type { ReactNode } from 'react';
import type { Issue } from '../../../core';
import type { UiMessages } from '../../i18n/uiMessages.types';
import type { PartClassName } from '../../utils/partClassName';
import { describedBy, FieldShell, type FieldIds } from './FieldShell';

/** Props of `TextField`. */
export interface TextFieldProps {
  /** The question's (or lead field's) id. */
  fieldId: string;
  label: string;
  help: string;
  type: 'text' | 'email';
  value: string;
  required?: boolean;
  multiline?: boolean;
  maxLength?: number;
  autoComplete?: string;
  /** The on-screen keyboard to offer (`decimal` for numbers). */
  inputMode?: 'text' | 'email' | 'numeric' | 'decimal';
  issues: readonly Issue[] | undefined;
  onChange: (value: string) => void;
  messages: UiMessages;
  cn: PartClassName;
  ids: FieldIds;
  /** Shown under the field, e.g. the live preview of the KPIs a number feeds. */
  footer?: ReactNode;
}

/** A single labelled input: a text or email question, a lead-capture field, or (through `NumberField`) a number. */
export function TextField(props: TextFieldProps) {
  const { fieldId, label, help, type, value, required, multiline, maxLength, autoComplete, inputMode, issues, onChange, messages, cn, ids, footer } =
    props;
  const invalid = Boolean(issues?.length);
  const inputId = `${ids.help}-input`;
  const common = {
    id: inputId,
    className: cn('textInput'),
    value,
    required,
    maxLength,
    inputMode,
    autoComplete: autoComplete ?? (type === 'email' ? 'email' : inputMode ? 'off' : undefined),
    'aria-invalid': invalid || undefined,
    'aria-describedby': describedBy(ids, Boolean(help), invalid),
  };
  return (
    <FieldShell
      as="div"
      fieldId={fieldId}
      cn={cn}
      ids={ids}
      help={help}
      issues={issues}
      messages={messages}
      footer={footer}
      label={
        <label className={cn('label')} htmlFor={inputId}>
          {label}
          {required && <span className={cn('required')}> ({messages['wizard.required']})</span>}
        </label>
      }
    >
      {multiline ? (
        <textarea {...common} rows={4} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...common} type={type} onChange={(event) => onChange(event.target.value)} />
      )}
    </FieldShell>
  );
}
