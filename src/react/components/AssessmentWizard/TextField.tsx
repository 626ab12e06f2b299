import type { Issue } from '../../../core';
import type { UiMessages } from '../../i18n/uiMessages.types';
import type { PartClassName } from '../../utils/partClassName';
import { describedBy, FieldShell, type FieldIds } from './FieldShell';

/** Props of `TextField`. */
export interface TextFieldProps {
  fieldId: string;
  label: string;
  help: string;
  type: 'text' | 'email';
  value: string;
  required?: boolean;
  multiline?: boolean;
  maxLength?: number;
  autoComplete?: string;
  issues: readonly Issue[] | undefined;
  onChange: (value: string) => void;
  messages: UiMessages;
  cn: PartClassName;
  ids: FieldIds;
}

/** A text or email field: lead capture, or a text question of a definition. */
export function TextField({ fieldId, label, help, type, value, required, multiline, maxLength, autoComplete, issues, onChange, messages, cn, ids }: TextFieldProps) {
  const invalid = Boolean(issues?.length);
  const inputId = `${ids.help}-input`;
  const common = {
    id: inputId,
    className: cn('textInput'),
    value,
    required,
    maxLength,
    autoComplete: autoComplete ?? (type === 'email' ? 'email' : undefined),
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
