import { createContext, useContext } from 'react';
import type { AssessmentState } from '../useAssessment.types';

/** The running assessment, shared by `AssessmentProvider` with the components inside it. */
export const AssessmentContext = createContext<AssessmentState | null>(null);
AssessmentContext.displayName = 'AssessmentContext';

/** The provider's assessment, or `null` outside one. */
export function useOptionalAssessment(): AssessmentState | null {
  return useContext(AssessmentContext);
}

/**
 * The provider's assessment; outside one, an error naming both components (as Radix's contexts do),
 * so a misplaced component says what it needs.
 */
export function useAssessmentContext(consumerName: string): AssessmentState {
  const context = useContext(AssessmentContext);
  if (!context) throw new Error(`\`${consumerName}\` must be used within \`AssessmentProvider\``);
  return context;
}
