import { createReadinessAssessmentElement } from './createReadinessAssessmentElement';

/** The tag the script-tag build registers. */
export const DEFAULT_TAG_NAME = 'readiness-assessment';

/**
 * Registers the custom element (default `<readiness-assessment>`). Safe to call twice, and a no-op
 * where there is no `customElements` (a server), so it can run from shared code. A name that is not a
 * valid custom element name throws a `TypeError` that says so.
 * @example defineReadinessAssessment(); document.body.append(document.createElement('readiness-assessment'));
 */
export function defineReadinessAssessment(tagName: string = DEFAULT_TAG_NAME): void {
  if (!/^[a-z][a-z0-9._-]*-[a-z0-9._-]*$/.test(tagName)) {
    throw new TypeError(`readiness-kit: "${tagName}" is not a valid custom element name (lowercase, with a hyphen, e.g. "${DEFAULT_TAG_NAME}")`);
  }
  if (typeof customElements === 'undefined' || customElements.get(tagName)) return;
  customElements.define(tagName, createReadinessAssessmentElement());
}
