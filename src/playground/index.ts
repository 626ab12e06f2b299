'use client';
/**
 * readiness-kit/playground: the authoring playground for a vendor's admin, apart from the main React
 * entry so that respondent-facing pages never ship it. Styles: `readiness-kit/styles.css` and
 * `readiness-kit/playground.css`.
 */
export { AssessmentPlayground } from './AssessmentPlayground';
export type { AssessmentPlaygroundProps } from './AssessmentPlayground.types';
export { locateJsonPath, type JsonLocation } from './validation/locateJsonPath';
export { parseIssuePath } from './validation/parseIssuePath';
export { checkDefinitionText, type DefinitionCheck, type LocatedIssue, type SyntaxErrorName } from './validation/checkDefinitionText';
export { randomAnswers } from './simulate/randomAnswers';
export { seededRandom, MAX_SEED, type RandomSource } from './simulate/seededRandom';
export { reviewRules, type RuleReview, type UnfiredRule } from './simulate/reviewRules';
export type { PlaygroundMessages, PlaygroundMessageOverrides } from './i18n/playgroundMessages.types';
export { playgroundMessagesEn } from './i18n/playgroundMessages.en';
/** The playground's words in Traditional Chinese and Hausa. */
export { playgroundMessagesZhHant } from './i18n/playgroundMessages.zh-Hant';
export { playgroundMessagesHa } from './i18n/playgroundMessages.ha';
export { resolvePlaygroundMessages, playgroundCatalogs } from './i18n/resolvePlaygroundMessages';
