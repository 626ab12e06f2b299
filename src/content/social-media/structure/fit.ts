import type { FitDefinition } from '../../../core/questionnaire/questionnaire.types';

/** Compares who the company sells to (question `market`) with the orientation of its practice. */
export const fit: FitDefinition = {
  question: 'market',
  axis: 'orientation',
  targets: { b2b: 'positive', b2c: 'negative', both: 'either' },
};
