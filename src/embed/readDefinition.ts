import { createIssue, type Issue } from '../core';

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
  try {
    return { questionnaire: JSON.parse(script.textContent ?? '') as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { issues: [createIssue('invalid_json', [], { detail })] };
  }
}
