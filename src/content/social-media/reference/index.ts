import type { ResultReference } from '../../../core/reference/reference.types';
import { comparisonReference } from './comparisonReference';
import { networkRings } from './networkRings';

/** Reference content shown beside a social-media profile: the B2B/B2C comparison and the network rings. */
export { comparisonReference } from './comparisonReference';
export { networkRings } from './networkRings';

/**
 * Everything the result views show beside a profile of the bundled assessment, in one object:
 * `<AssessmentProvider questionnaire={socialMediaAssessment} reference={socialMediaReference}>`.
 */
export const socialMediaReference: ResultReference = { comparison: comparisonReference, networkRings };
