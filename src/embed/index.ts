/**
 * readiness-kit/embed: the `<readiness-assessment>` custom element, for pages without a React build
 * or with another framework. It bundles its own renderer and styles (in a shadow root), so it needs
 * nothing else from the page. Call `defineReadinessAssessment()` once; the script-tag build
 * (`dist/embed.global.js`) does that itself.
 */
export { defineReadinessAssessment, DEFAULT_TAG_NAME } from './defineReadinessAssessment';
export type { ReadinessAssessmentElement } from './createReadinessAssessmentElement';
export type {
  EmbedMode,
  EmbedTheme,
  ReadinessAnswerDetail,
  ReadinessCompleteDetail,
  ReadinessErrorDetail,
  ReadinessEventMap,
  ReadinessStepDetail,
} from './embed.types';
