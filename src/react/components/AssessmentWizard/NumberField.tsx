import { useState, type ReactNode } from 'react';
import type { Issue, NumberQuestion } from '../../../core';
import type { QuestionFieldBaseProps } from './fieldProps';
import { TextField } from './TextField';

/** Props of `NumberField`. */
export interface NumberFieldProps extends QuestionFieldBaseProps {
  question: NumberQuestion;
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

/** Shown while the typed text is not a number, so it is never dropped silently. */
const UNREADABLE: readonly Issue[] = [{ code: 'answer_wrong_type', path: '', segments: [], message: '', params: {} }];

/**
 * A number question as a text input with a numeric keyboard: `type="number"` would drop what it
 * cannot parse and mangle decimal commas, so the typed text is kept and parsed here.
 */
export function NumberField({ question, value, issues, onChange, text, messages, cn, ids, footer }: NumberFieldProps) {
  const [typed, setTyped] = useState(() => (typeof value === 'number' ? String(value) : ''));
  const [unparsable, setUnparsable] = useState(false);
  // An answer changed elsewhere (reset, restored answers) replaces what was typed.
  const shown = typeof value === 'number' ? (parseTyped(typed) === value ? typed : String(value)) : unparsable ? typed : '';
  return (
    <TextField
      fieldId={question.id}
      type="text"
      inputMode={question.integer ? 'numeric' : 'decimal'}
      label={text(question.label)}
      help={text(question.help)}
      required={question.required}
      value={shown}
      issues={unparsable ? UNREADABLE : issues}
      messages={messages}
      cn={cn}
      ids={ids}
      footer={footer}
      onChange={(next) => {
        const parsed = parseTyped(next);
        setTyped(next);
        setUnparsable(parsed === null);
        onChange(parsed === null ? undefined : parsed);
      }}
    />
  );
}
