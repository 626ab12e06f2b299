import type { SessionStep } from '../store/session.types';
import type { AssessmentStoreState } from '../store/store.types';

/** The `stepId` of the review step: section ids start with a letter, so none can be this. */
export const REVIEW_STEP_ID = '#review';

/** Where a step is, as the funnel names it. */
export interface FunnelStepInfo {
  stepId: string;
  stepIndex: number;
  visibleQuestions: number;
}

/** A step's id, its place in the definition and its visible questions, in `state`. */
export function funnelStepOf(state: AssessmentStoreState, step: SessionStep): FunnelStepInfo {
  if (step.kind === 'review') return { stepId: REVIEW_STEP_ID, stepIndex: state.questionnaire.sections.length, visibleQuestions: state.view.progress.total };
  const stepIndex = state.questionnaire.sections.findIndex((section) => section.id === step.sectionId);
  return { stepId: step.sectionId, stepIndex, visibleQuestions: step.questions.length };
}

/** The id of a step, `null` for none (the result). */
export const stepIdOf = (step: SessionStep | null): string | null => (step === null ? null : step.kind === 'review' ? REVIEW_STEP_ID : step.sectionId);
