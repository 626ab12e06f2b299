import { useEffect, useRef, type MouseEvent } from 'react';

/** How long a chosen option stays on screen before the next question: long enough to see the choice land. */
export const AUTO_ADVANCE_DELAY = 300;

/** What `useAutoAdvance` gives the focus step. */
export interface AutoAdvance {
  /** Goes on after the pause, unless the respondent acts first. */
  schedule: () => void;
  /** Drops a pending advance. */
  cancel: () => void;
  /** Put on the step's root: a pointer press there marks the coming click as the pointer's, and cancels. */
  onPointerDown: () => void;
  /** Put on the step's root (before other key handling): a key press marks the coming click as the keyboard's, and cancels. */
  onKeyDown: () => void;
  /** Put on the step's root: a radio clicked by the pointer schedules the advance. */
  onClick: (event: MouseEvent) => void;
}

/**
 * Goes on by itself after a single choice made by the pointer, never after one made with the arrow
 * keys or Space: in a native radio group the arrows move the choice, and going on there would carry
 * the respondent off the question. A click alone cannot tell (the arrows, Space and a click on the
 * option's label all end in a click on the radio), so the press that came before it decides.
 */
export function useAutoAdvance(advance: () => void, delay = AUTO_ADVANCE_DELAY): AutoAdvance {
  const latest = useRef(advance);
  latest.current = advance;
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const intent = useRef<'pointer' | 'key' | undefined>(undefined);

  const cancel = () => {
    clearTimeout(timer.current);
    timer.current = undefined;
  };
  const schedule = () => {
    cancel();
    timer.current = setTimeout(() => {
      timer.current = undefined;
      latest.current();
    }, delay);
  };
  useEffect(() => cancel, []);

  return {
    schedule,
    cancel,
    onPointerDown: () => {
      cancel();
      intent.current = 'pointer';
    },
    onKeyDown: () => {
      cancel();
      intent.current = 'key';
    },
    onClick: (event) => {
      const target = event.target as HTMLElement;
      // A click on an option's label is followed by the radio's own: the intent waits for that one.
      if (target.tagName !== 'INPUT' && target.closest('label')) return;
      const byPointer = intent.current === 'pointer';
      // Spent on this click, so a later click with no press before it (a screen reader's) never advances.
      intent.current = undefined;
      const radio = target.tagName === 'INPUT' && (target as HTMLInputElement).type === 'radio' ? (target as HTMLInputElement) : undefined;
      if (byPointer && radio?.checked) schedule();
    },
  };
}
