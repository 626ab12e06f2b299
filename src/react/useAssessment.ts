import { useAssessmentRuntime } from './state/useAssessmentRuntime';
import { useAssessmentState } from './useAssessmentState';
import type { AssessmentState, UseAssessmentOptions } from './useAssessment.types';

/**
 * Runs an assessment: validates the definition, keeps its store (answers controlled or not),
 * scores the answers live and calls the host's callbacks. The state behind `AssessmentProvider`.
 * @example
 * const assessment = useAssessment({ questionnaire: socialMediaAssessment, onComplete: (profile) => sendToCrm(profile) });
 * if (!assessment.isValid) return <AssessmentErrorPanel issues={assessment.issues} />;
 */
export function useAssessment(options: UseAssessmentOptions): AssessmentState {
  return useAssessmentState(useAssessmentRuntime(options));
}
