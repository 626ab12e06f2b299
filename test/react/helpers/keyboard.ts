import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import type { AnswerValue, Question } from '../../../src/core';

/** Presses Tab until `accepts` holds for the focused element; fails if it never does. */
export async function tabUntil(user: UserEvent, accepts: (element: Element) => boolean, what: string): Promise<HTMLElement> {
  for (let presses = 0; presses < 200; presses += 1) {
    await user.tab();
    const active = document.activeElement;
    if (active && accepts(active)) return active as HTMLElement;
  }
  throw new Error(`Tab never reached ${what}`);
}

const inField = (questionId: string) => (element: Element) =>
  element.closest(`[data-question="${questionId}"]`) !== null && element.matches('input, textarea');

/**
 * Answers one question with the keyboard alone, as a respondent would: Tab into it, then arrows
 * (radios), Space (checkboxes) or typing (numbers and text).
 */
export async function answerWithKeyboard(user: UserEvent, question: Question, value: AnswerValue): Promise<void> {
  const entry = await tabUntil(user, inField(question.id), `question ${question.id}`);
  if (question.type === 'single' || question.type === 'likert') {
    const target = String(value);
    const radios = [...entry.closest('fieldset')!.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    let index = radios.indexOf(entry as HTMLInputElement);
    const targetIndex = radios.findIndex((radio) => radio.value === target);
    if (targetIndex < 0) throw new Error(`no option ${target} in ${question.id}`);
    if (index === targetIndex) await user.keyboard(' ');
    while (index < targetIndex) {
      await user.keyboard('{ArrowDown}');
      index += 1;
    }
    while (index > targetIndex) {
      await user.keyboard('{ArrowUp}');
      index -= 1;
    }
    return;
  }
  if (question.type === 'multi') {
    const wanted = new Set(value as readonly string[]);
    const boxes = [...entry.closest('fieldset')!.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    for (const [index, box] of boxes.entries()) {
      if (index > 0) await user.tab();
      if (document.activeElement !== box) throw new Error(`Tab skipped a checkbox of ${question.id}`);
      if (box.checked !== wanted.has(box.value)) await user.keyboard(' ');
    }
    return;
  }
  await user.clear(entry);
  await user.keyboard(String(value));
}

/** Tabs to a button by its accessible name and presses Enter. */
export async function pressButton(user: UserEvent, name: string | RegExp): Promise<void> {
  const button = screen.getByRole('button', { name });
  await tabUntil(user, (element) => element === button, `the ${String(name)} button`);
  await user.keyboard('{Enter}');
}
