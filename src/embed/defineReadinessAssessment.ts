import { createReadinessAssessmentElement } from './createReadinessAssessmentElement';

/** The tag the script-tag build registers. */
export const DEFAULT_TAG_NAME = 'readiness-assessment';

/**
 * Registers the custom element (default `<readiness-assessment>`). Safe to call twice, and a no-op
 * where there is no `customElements` (a server), so it can run from shared code.
 * @example defineReadinessAssessment(); document.body.append(document.createElement('readiness-assessment'));
 */
export function defineReadinessAssessment(tagName: string = DEFAULT_TAG_NAME): void {
  if (typeof customElements === 'undefined' || customElements.get(tagName)) return;
  customElements.define(tagName, createReadinessAssessmentElement());
}
