import { useState, type ReactNode } from 'react';
import type { AnswerValue, Issue, LocalisedText, NumberQuestion } from '../../../core';
import type { UiMessages } from '../../i18n/uiMessages.types';
import type { PartClassName } from '../../utils/partClassName';
import { describedBy, FieldShell, type FieldIds } from './FieldShell';

/** Props of `NumberField`. */
export interface NumberFieldProps {
  question: NumberQuestion;
  value: AnswerValue | undefined;
  issues: readonly Issue[] | undefined;
  onChange: (value: AnswerValue | undefined) => void;
  text: (value: LocalisedText | undefined) => string;
  messages: UiMessages;
  cn: PartClassName;
  ids: FieldIds;
  /** Shown under the field: the live preview of the KPIs it feeds. */
  footer?: ReactNode;
}

/** Reads what was typed: empty clears the answer; a comma is taken as a decimal point. */
function parseTyped(typed: string): number | undefined | null {
  const trimmed = typed.trim();
  if (trimmed === '') return undefined;
  const parsed = Number(trimmed.replace(',', '.'));
  return Number.isFinite(parsed) ? parsed : null;
}

/**
 * A number question as a text input with a numeric keyboard: `type="number"` would drop what it
 * cannot parse and mangle decimal commas, so the typed text is kept and parsed here.
 */
export function NumberField({ question, value, issues, onChange, text, messages, cn, ids, footer }: NumberFieldProps) {
  const [typed, setTyped] = useState(() => (typeof value === 'number' ? String(value) : ''));
  const [unparsable, setUnparsable] = useState(false);
  // An answer changed elsewhere (reset, restored answers) replaces what was typed.
  const shown = typeof value === 'number' ? (parseTyped(typed) === value ? typed : String(value)) : unparsable ? typed : '';
  const help = text(question.help);
  const invalid = Boolean(issues?.length) || unparsable;
  const inputId = `${ids.help}-input`;
  const shownIssues: readonly Issue[] | undefined = unparsable
    ? [{ code: 'answer_wrong_type', path: '', segments: [], message: '', params: {} }]
    : issues;

  return (
    <FieldShell
      as="div"
      fieldId={question.id}
      cn={cn}
      ids={ids}
      help={help}
      issues={shownIssues}
      messages={messages}
      footer={footer}
      label={
        <label className={cn('label')} htmlFor={inputId}>
          {text(question.label)}
          {question.required && <span className={cn('required')}> ({messages['wizard.required']})</span>}
        </label>
      }
    >
      <input
        id={inputId}
        className={cn('textInput')}
        type="text"
        inputMode={question.integer ? 'numeric' : 'decimal'}
        autoComplete="off"
        value={shown}
        data-unit={question.unit}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(ids, Boolean(help), invalid)}
        onChange={(event) => {
          const next = event.target.value;
          const parsed = parseTyped(next);
          setTyped(next);
          setUnparsable(parsed === null);
          onChange(parsed === null ? undefined : parsed);
        }}
      />
    </FieldShell>
  );
}
