import { useRef, useState, type RefObject } from 'react';
import { useIsomorphicLayoutEffect } from '../../utils/useIsomorphicLayoutEffect';

/** What `useStepFocus` gives the wizard. */
export interface StepFocus {
  /** Put on the step's heading (with `tabIndex={-1}`): it takes focus when the step changes. */
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** Put on the step's form: after a blocked submit, focus goes to its first invalid field. */
  formRef: RefObject<HTMLFormElement | null>;
  /** The text of the polite live region. */
  announcement: string;
  /** Call on every submit of the step's form, before dispatching. */
  onSubmitAttempt: () => void;
}

/** What the step shows now, to announce. */
export interface StepFocusOptions {
  /** Changes whenever the step does. */
  stepKey: string;
  /** Announced when the step changes, e.g. "Step 2 of 11: Goals". */
  stepAnnouncement: string;
  /** Issues on the step now. */
  errorCount: number;
  /** Announced after a blocked submit, e.g. "Please check 2 answers on this step." */
  errorAnnouncement: string;
}

/**
 * Moves focus to the new step's heading and announces it, the way a page change would be. Not on
 * first render: the host page decides where focus starts. Keyed by step, so StrictMode's double
 * effects do nothing twice.
 */
export function useStepFocus({ stepKey, stepAnnouncement, errorCount, errorAnnouncement }: StepFocusOptions): StepFocus {
  const headingRef = useRef<HTMLHeadingElement | null>(null);
  const formRef = useRef<HTMLFormElement | null>(null);
  const shownKey = useRef(stepKey);
  const [attempts, setAttempts] = useState(0);
  const [announcement, setAnnouncement] = useState('');

  useIsomorphicLayoutEffect(() => {
    if (shownKey.current === stepKey) return;
    shownKey.current = stepKey;
    headingRef.current?.focus();
    setAnnouncement(stepAnnouncement);
  }, [stepKey, stepAnnouncement]);

  // Runs after the render that holds a submit's outcome (the attempt and the action are batched):
  // if the step stayed and has errors, the respondent is taken to the first one. Keyed on the
  // attempt alone: the closure holds that render's error count and step.
  useIsomorphicLayoutEffect(() => {
    if (attempts === 0 || errorCount === 0 || shownKey.current !== stepKey) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    setAnnouncement(errorAnnouncement);
  }, [attempts]);

  return { headingRef, formRef, announcement, onSubmitAttempt: () => setAttempts((count) => count + 1) };
}
