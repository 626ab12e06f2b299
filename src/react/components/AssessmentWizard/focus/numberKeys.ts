import type { AnswerValue, Question } from '../../../../core';

/** What a number key does to a choice question: the new answer, and whether to go on by itself. */
export interface NumberKeyChoice {
  /** The option's id (single), the point (likert), or the options ticked after the toggle (multi). */
  value: AnswerValue;
  /** The option's id or point, as the input's `value` attribute (to put focus on it). */
  inputValue: string;
  /** True for a single choice (single, likert): the answer is complete, so the next question may follow. */
  advances: boolean;
}

const LIKERT_POINTS = 5;

/**
 * The digit 1–9 a key press stands for, or `undefined`. By the key's character first, then by its
 * place (`Digit1`, `Numpad1`), so that a layout where digits need Shift (AZERTY) still picks what the
 * hint shows. Never with Ctrl, Alt or Meta (browser and system shortcuts), nor while an IME composes.
 */
export function digitOf(event: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'altKey' | 'metaKey' | 'isComposing'>): number | undefined {
  if (event.ctrlKey || event.altKey || event.metaKey || event.isComposing) return undefined;
  if (/^[1-9]$/.test(event.key)) return Number(event.key);
  const place = /^(?:Digit|Numpad)([1-9])$/.exec(event.code ?? '');
  return place ? Number(place[1]) : undefined;
}

/**
 * The answer the n-th option gives a choice question: picks it (single, likert) or toggles it
 * (multi, keeping the options' order as a click would). `undefined` when the question has no n-th
 * option or is not a choice.
 * @example choiceForDigit(likertQuestion, undefined, 4) // { value: 4, inputValue: '4', advances: true }
 */
export function choiceForDigit(question: Question, value: AnswerValue | undefined, digit: number): NumberKeyChoice | undefined {
  switch (question.type) {
    case 'likert':
      return digit <= LIKERT_POINTS ? { value: digit, inputValue: String(digit), advances: true } : undefined;
    case 'single': {
      const option = question.options[digit - 1];
      return option ? { value: option.id, inputValue: option.id, advances: true } : undefined;
    }
    case 'multi': {
      const option = question.options[digit - 1];
      if (!option) return undefined;
      const chosen = new Set(Array.isArray(value) ? (value as readonly string[]) : []);
      if (chosen.has(option.id)) chosen.delete(option.id);
      else chosen.add(option.id);
      const next = question.options.filter((candidate) => chosen.has(candidate.id)).map((candidate) => candidate.id);
      return { value: next, inputValue: option.id, advances: false };
    }
    default:
      return undefined;
  }
}
