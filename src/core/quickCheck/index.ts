/** The quick check's scope: a session asks the quick check's questions, or all of them. */
export type { AssessmentScope } from './quickCheck.types';
/** Whether a definition declares a quick check. */
export { hasQuickCheck } from './quickCheckScope';
/** Seconds to answer a question, and the seconds left for the unanswered ones of a list. */
export { estimateSeconds, estimateSecondsLeft } from './estimateSeconds';
/** The questions going deeper would still ask, for "answer N more". */
export { questionsAfterQuickCheck } from './questionsAfterQuickCheck';
