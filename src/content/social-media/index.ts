import type { Questionnaire } from '../../core/questionnaire/questionnaire.types';
import { buildAssessment } from './buildAssessment';
import { assessmentStructure } from './structure/assessmentStructure';
import { socialMediaTextsEn } from './texts/en';

export { buildAssessment } from './buildAssessment';
export type { BuiltAssessment, TextCatalog, TextCatalogs, TextReport } from './buildAssessment';
export type { AssessmentStructure } from './structure/structure.types';
export { socialMediaTextsEn } from './texts/en';
// The reference content of the result views lives here too, so builds keep it in the content module.
export {
  comparisonReference,
  networkRings,
  type ComparisonReference,
  type ComparisonReferenceRow,
  type NetworkRing,
  type NetworkRingSource,
} from './reference';

/** The social-media assessment without texts, for building it with other catalogs. */
export const socialMediaStructure = assessmentStructure;

/** Builds the English questionnaire; a plain function so bundlers can drop it when unused. */
function buildEnglishAssessment(): Questionnaire {
  return buildAssessment(assessmentStructure, { en: socialMediaTextsEn }).questionnaire;
}

/** The bundled B2B-vs-B2C social-media readiness assessment, in English. */
export const socialMediaAssessment: Questionnaire = /* @__PURE__ */ buildEnglishAssessment();
