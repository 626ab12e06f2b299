import { useMemo, useRef, useState } from 'react';
import type { Issue, Question, SectionStep } from '../../../../core';
import type { ValidAssessment } from '../../../useAssessment.types';
import { useIsomorphicLayoutEffect } from '../../../utils/useIsomorphicLayoutEffect';
import { entryQuestionIndex, type FocusOrigin } from './focusPosition';

/** Which way the last move went, for the transition. */
export type FocusDirection = 'forward' | 'back';

/** Focus mode's place in the session: one question of the current section step. */
export interface FocusNavigation {
  /** The section step on screen, or `undefined` on review and the result. */
  step: SectionStep | undefined;
  /** The question on screen (the step's question at `index`). */
  question: Question | undefined;
  /** Its index among the step's visible questions. */
  index: number;
  /** Which way the respondent last moved. */
  direction: FocusDirection;
  /** True on the first question of the first step: there is nothing to go back to. */
  isFirstQuestion: boolean;
  /** True on the step's last question: "next" then leaves the step. */
  isLastInStep: boolean;
  /** True once the respondent has moved (a question or a step): from then on, each new question takes focus. */
  hasMoved: boolean;
  /**
   * Checks the question on screen and moves on: to the step's next question, or (from its last) to
   * the next step through the store. Returns the issue that keeps the respondent on this question.
   */
  goNext: () => Issue | undefined;
  /** One question back: within the step, or from its first question to the previous step. */
  goBack: () => void;
}

/** How the current step was entered: the question it opens on, and from which side. */
interface Entry {
  index: number;
  direction: FocusDirection;
  /** False only for the wizard's first step as first shown. */
  moved: boolean;
}

/** A move within the step; it holds while the step's entry is the one it was made from. */
interface Move {
  entry: Entry;
  index: number;
  direction: FocusDirection;
}

/**
 * Keeps one question index per step over the store's steps. When the store changes the step, the new
 * one opens where `entryQuestionIndex` says (first question going forward, last going back, the first
 * with an error when sent back to fix it), worked out while rendering so the wrong question never shows.
 */
export function useFocusNavigation(assessment: ValidAssessment): FocusNavigation {
  const { session, currentStep, steps } = assessment;
  const step = currentStep?.kind === 'section' ? currentStep : undefined;
  const stepKey = `${session.status}:${session.currentSectionId ?? ''}`;
  const here: FocusOrigin = { stepIndex: currentStep?.index ?? steps.length, status: session.status };

  // The step last shown on screen, written after each commit: where the respondent came from when
  // the step changes. A ref, not state: adjusting state while rendering made the steps layout's step
  // changes several times slower (measured on the quick check's flow to the result).
  const shown = useRef<{ stepKey: string; here: FocusOrigin } | undefined>(undefined);
  // Once per step change, on purpose: where a step opens is decided as the respondent arrives.
  const entry = useMemo<Entry>(() => {
    const origin = shown.current && shown.current.stepKey !== stepKey ? shown.current.here : undefined;
    const lastSectionIndex = steps.reduce((last, candidate) => (candidate.kind === 'section' ? candidate.index : last), -1);
    const index = step ? entryQuestionIndex(step, { errors: session.errors, answers: assessment.answers, origin, lastSectionIndex }) : 0;
    return { index, direction: origin && origin.stepIndex > here.stepIndex ? 'back' : 'forward', moved: origin !== undefined };
  }, [stepKey]);
  useIsomorphicLayoutEffect(() => {
    shown.current = { stepKey, here };
  });
  const [move, setMove] = useState<Move | undefined>(undefined);
  const current = move?.entry === entry ? move : entry;

  const count = step?.questions.length ?? 0;
  const index = Math.max(Math.min(current.index, count - 1), 0);
  const question = step?.questions[index];
  const moveTo = (next: number, direction: FocusDirection) => setMove({ entry, index: next, direction });

  const goNext = (): Issue | undefined => {
    if (!step || !question) return undefined;
    if (index < count - 1) {
      if (assessment.check([question.id])) {
        moveTo(index + 1, 'forward');
        return undefined;
      }
      return assessment.store.getState().session.errors[question.id]?.[0];
    }
    assessment.next();
    // The store answers at once: still here means the step did not pass.
    const after = assessment.store.getState();
    if (after.session.status !== 'in_progress' || after.session.currentSectionId !== step.sectionId) return undefined;
    const stayed = after.view.currentStep?.kind === 'section' ? after.view.currentStep.questions : step.questions;
    const withError = stayed.findIndex((candidate) => (after.session.errors[candidate.id]?.length ?? 0) > 0);
    if (withError < 0 || withError === index) return after.session.errors[question.id]?.[0];
    // An earlier question of the step has the error: take the respondent there (its move announces it).
    moveTo(withError, 'back');
    return undefined;
  };

  const goBack = () => {
    if (index > 0) moveTo(index - 1, 'back');
    else assessment.back();
  };

  return {
    step,
    question,
    index,
    direction: current.direction,
    isFirstQuestion: step !== undefined && step.index === 0 && index === 0,
    isLastInStep: index === count - 1,
    hasMoved: current !== entry || entry.moved,
    goNext,
    goBack,
  };
}
