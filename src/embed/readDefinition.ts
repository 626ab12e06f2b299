import { LIMITS, type Issue } from '../core';
import { findTooDeepInText } from '../core/questionnaire/findTooDeepInText';
import { issueOfJsonError } from '../core/questionnaire/readJsonInput';

/** What the element found inside itself: a definition to validate, a JSON error, or nothing (the bundled one). */
export type EmbeddedDefinition = { questionnaire: unknown } | { issues: Issue[] } | null;

/**
 * Reads the optional `<script type="application/json">` child holding a custom definition. It is data,
 * never executed, so it needs no CSP exception. Validation is left to the provider, which shows the
 * error panel for an invalid definition; only JSON that does not parse is reported here. A JSON child
 * marked `data-benchmark` holds peer benchmarks (readBenchmark.ts), not the definition.
 */
export function readDefinition(element: Element): EmbeddedDefinition {
  const script = element.querySelector(':scope > script[type="application/json"]:not([data-benchmark])');
  if (!script) return null;
  const text = script.textContent ?? '';
  try {
    return { questionnaire: JSON.parse(text) as unknown };
  } catch (error) {
    // A parser out of stack is `too_deep` at the path where the text nests too deep, never invalid JSON.
    return { issues: [issueOfJsonError(error, () => findTooDeepInText(text, LIMITS.maxDepth)?.issue)] };
  }
}
