/**
 * The assessment store: one running assessment without React or the DOM, in the zustand manner
 * (`getState`, `subscribe`, actions). The React layer and the embed subscribe to it.
 * @example
 * import { createAssessmentStore } from 'readiness-kit/core';
 *
 * const store = createAssessmentStore(questionnaire);
 * store.answer('market', 'b2b');
 * store.next(); // stays, with errors, if the step fails
 * store.getState().view.currentStep; // { kind: 'section', sectionId: 'practice', questions: [...], ... }
 * store.getState().view.progress; // { stepNumber: 2, stepCount: 4, answered: 1, total: 31, ratio: 0.03 }
 */

/** Creates the store of one running assessment: session, steps, progress and live profile, kept current answer by answer. */
export { createAssessmentStore } from './createAssessmentStore';
/** Where declined resume offers are kept aside: `<key>:declined`. */
export { declinedKey } from './storeStorage';
/** The store's types: state, view, options, and the session's state, actions, steps and progress. */
export type {
  AssessmentStore,
  AssessmentStoreListener,
  AssessmentStoreOptions,
  AssessmentStoreState,
  AssessmentView,
  ResumableAnswers,
} from './store.types';
export type {
  ReviewStep,
  SectionStep,
  SessionAction,
  SessionActionType,
  SessionProgress,
  SessionState,
  SessionStatus,
  SessionStep,
  SessionTarget,
  Updater,
} from './session.types';
