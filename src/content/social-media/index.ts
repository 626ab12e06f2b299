/**
 * readiness-kit/social-media: the bundled B2B-vs-B2C social-media assessment, its reference texts
 * and translations. Data for hosts that want it, passed to the views as props; nothing else in the
 * kit imports it.
 * @example
 * import { socialMediaAssessment, socialMediaReference } from 'readiness-kit/social-media';
 * <AssessmentWizard questionnaire={socialMediaAssessment} reference={socialMediaReference} />
 */
import type { Questionnaire } from '../../core/questionnaire/questionnaire.types';
import { buildAssessment } from './buildAssessment';
import { assessmentStructure } from './structure/assessmentStructure';
import type { TextCatalogs } from './buildAssessment';
import { socialMediaTextsEn } from './texts/en';
import { socialMediaTextsHa } from './texts/ha';
import { socialMediaTextsZhHant } from './texts/zh-Hant';

export { buildAssessment } from './buildAssessment';
export type { BuiltAssessment, TextCatalog, TextCatalogs, TextReport } from './buildAssessment';
export type { AssessmentStructure } from './structure/structure.types';
export { socialMediaTextsEn } from './texts/en';
export { socialMediaTextsZhHant } from './texts/zh-Hant';
export { socialMediaTextsHa } from './texts/ha';
// The reference content of the result views comes with the assessment; the views take it as a prop.
export { comparisonReference, networkRings, socialMediaReference } from './reference';
export type {
  ComparisonReference,
  ComparisonReferenceRow,
  NetworkRing,
  NetworkRingSource,
  ResultReference,
} from '../../core/reference/reference.types';

/** The social-media assessment without texts, for building it with other catalogs. */
export const socialMediaStructure = assessmentStructure;

/** The bundled assessment's texts by locale. */
export const socialMediaTextCatalogs: TextCatalogs = { en: socialMediaTextsEn, 'zh-Hant': socialMediaTextsZhHant, ha: socialMediaTextsHa };

/** Builds the questionnaire in every bundled locale; a plain function so bundlers can drop it when unused. */
function buildBundledAssessment(): Questionnaire {
  return buildAssessment(assessmentStructure, socialMediaTextCatalogs).questionnaire;
}

/**
 * The bundled B2B-vs-B2C social-media readiness assessment, in English, Traditional Chinese and
 * Hausa. To add a locale, build it again: `buildAssessment(socialMediaStructure, { ...socialMediaTextCatalogs, fr })`.
 */
export const socialMediaAssessment: Questionnaire = /* @__PURE__ */ buildBundledAssessment();
