import { useRef, type RefObject } from 'react';
import { useIsomorphicLayoutEffect } from '../../../utils/useIsomorphicLayoutEffect';

/** What the focus step shows now, to move focus to and announce. */
export interface QuestionFocusOptions {
  /** Changes whenever the question on screen does (its id). */
  questionKey: string;
  /** The focus step's root; the question's label is found inside it. */
  rootRef: RefObject<HTMLElement | null>;
  /** Said when the question changes, e.g. "Question 5 of 12". */
  announcement: string;
  /** Puts a sentence in the wizard's polite live region. */
  announce: (message: string) => void;
  /** Whether the first question shown takes focus too (the respondent got here by moving, not by loading the page). */
  moveOnMount: boolean;
}

/**
 * Moves focus to the new question's label (its legend or label, made focusable by script only) and
 * announces its place, as a page change would. The label, not the first option: the respondent hears
 * the question before any answer, and a choice is never made by the move. Not on the wizard's first
 * screen: the host page decides where focus starts. Keyed by question, so StrictMode's double effects
 * do nothing twice.
 */
export function useQuestionFocus({ questionKey, rootRef, announcement, announce, moveOnMount }: QuestionFocusOptions): void {
  const shownKey = useRef(moveOnMount ? undefined : questionKey);
  useIsomorphicLayoutEffect(() => {
    if (shownKey.current === questionKey) return;
    shownKey.current = questionKey;
    const label = rootRef.current?.querySelector<HTMLElement>('[data-question] > legend, [data-question] > label');
    if (label) {
      label.tabIndex = -1;
      label.focus();
    }
    announce(announcement);
  }, [questionKey]);
}
