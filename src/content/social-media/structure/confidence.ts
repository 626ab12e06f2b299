import type { AssessmentStructure } from './structure.types';

/**
 * Half of the questions shown before a tier is claimed, so four strong answers cannot read as the top
 * tier; two answers before a dimension is scored, so one lucky answer is not a dimension's whole story.
 * A consumer seller sees two scored audience questions, so two is also the most every dimension allows.
 */
export const confidence: NonNullable<AssessmentStructure['confidence']> = { minCompleteness: 0.5, minAnswersPerDimension: 2 };
