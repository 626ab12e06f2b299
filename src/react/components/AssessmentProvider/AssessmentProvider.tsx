import type { ErrorInfo, ReactNode } from 'react';
import { AssessmentContext } from '../../context/AssessmentContext';
import { useAssessmentRuntime } from '../../state/useAssessmentRuntime';
import type { UseAssessmentOptions } from '../../useAssessment.types';
import { AssessmentErrorBoundary } from '../AssessmentErrorPanel/AssessmentErrorBoundary';
import { AssessmentErrorPanel } from '../AssessmentErrorPanel/AssessmentErrorPanel';

/** Props of `AssessmentProvider`: the options of `useAssessment`, and the components to share it with. */
export interface AssessmentProviderProps extends UseAssessmentOptions {
  /** The wizard, result views or your own components; they read the assessment from context. */
  children?: ReactNode;
  /** Told of a render error inside the kit (the kit shows a message in place of the assessment). */
  onError?: (error: unknown, info: ErrorInfo) => void;
}

/**
 * Runs one assessment and shares it with the components inside. An invalid definition renders the
 * list of its issues in place of the children; a render error inside shows a message, never a
 * blank or crashed host page.
 * @example
 * <AssessmentProvider onComplete={(profile, answers, lead) => sendToCrm(profile, lead)}>
 *   <AssessmentWizard />
 * </AssessmentProvider>
 */
export function AssessmentProvider({ children, onError, ...options }: AssessmentProviderProps) {
  // The runtime, not the state: it stays the same object while answers change, so the context never re-renders everything.
  const assessment = useAssessmentRuntime(options);
  const fallback = (
    <div className="rk-Root rk-ErrorPanel" role="alert" data-state="crashed">
      <p className="rk-ErrorPanel-description">{assessment.messages['error.crash']}</p>
    </div>
  );
  return (
    <AssessmentContext.Provider value={assessment}>
      {assessment.isValid ? (
        <AssessmentErrorBoundary fallback={fallback} onError={onError}>
          {children}
        </AssessmentErrorBoundary>
      ) : (
        <AssessmentErrorPanel issues={assessment.issues} messages={assessment.messages} locale={assessment.locale} />
      )}
    </AssessmentContext.Provider>
  );
}
