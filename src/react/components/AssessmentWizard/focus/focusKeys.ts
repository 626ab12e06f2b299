import type { KeyboardEvent } from 'react';
import type { AnswerValue, Question } from '../../../../core';
import type { ValidAssessment } from '../../../useAssessment.types';
import type { AutoAdvance } from './useAutoAdvance';
import { isEditableField } from './isEditableField';
import { choiceForDigit, digitOf } from './numberKeys';

/** What the focus step's keys act on. */
export interface FocusKeysOptions {
  /** The question on screen. */
  question: Question;
  /** Its answer now. */
  value: AnswerValue | undefined;
  /** The question's field, where a number key's option is found to take focus. */
  field: HTMLElement | null | undefined;
  answer: ValidAssessment['answer'];
  /** Checks the question and goes on. */
  goNext: () => void;
  /** One question back; `undefined` on the very first question. */
  goBack: (() => void) | undefined;
  autoAdvance: AutoAdvance;
}

/** Controls whose Enter the browser already handles: a button's or link's press, a text area's new line. */
const OWN_ENTER = new Set(['BUTTON', 'A', 'TEXTAREA', 'SUMMARY', 'SELECT']);

const hasModifier = (event: KeyboardEvent) => event.ctrlKey || event.altKey || event.metaKey || event.shiftKey;

/**
 * The focus step's keys, anywhere inside it: Enter goes on; outside a typed field, Backspace goes
 * back and 1–9 pick (single, likert) or toggle (multi) the n-th option. A single pick goes on by
 * itself after the pause. Typed fields keep their digits, Backspace and IME composition.
 */
export function handleFocusKey(event: KeyboardEvent, { question, value, field, answer, goNext, goBack, autoAdvance }: FocusKeysOptions): void {
  autoAdvance.onKeyDown();
  if (event.defaultPrevented || event.nativeEvent.isComposing) return;
  const target = event.target as HTMLElement;

  if (event.key === 'Enter') {
    if (OWN_ENTER.has(target.tagName) || hasModifier(event)) return;
    event.preventDefault();
    goNext();
    return;
  }
  if (isEditableField(target)) return;

  if (event.key === 'Backspace' && !hasModifier(event)) {
    if (!goBack) return;
    event.preventDefault();
    goBack();
    return;
  }

  const digit = digitOf(event.nativeEvent);
  const choice = digit === undefined ? undefined : choiceForDigit(question, value, digit);
  if (!choice) return;
  event.preventDefault();
  answer(question.id, choice.value);
  // Focus follows the choice, as it does with the arrow keys: the option's ring shows what was picked.
  [...(field?.querySelectorAll('input') ?? [])].find((input) => input.value === choice.inputValue)?.focus();
  if (choice.advances) autoAdvance.schedule();
}
