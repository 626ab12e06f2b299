import { createIssue, type Issue } from '../errors';
import { LIMITS } from '../limits';
import { findTooDeepInText } from './findTooDeepInText';
import { inspectJsonValue } from './inspectJsonValue';
import { isStackOverflow } from './isStackOverflow';

/** JSON data ready to validate, with the non-finite numbers it held; or the issue that stops it. */
export type JsonInput = { ok: true; data: unknown; notFinite: Issue[] } | { ok: false; issues: Issue[] };

/*
 * The longest string V8 (Node, Chromium) can build: a value whose JSON would be longer cannot be
 * copied through JSON, and `JSON.stringify` says so with a RangeError of its own.
 */
const MAX_JSON_LENGTH = 2 ** 29 - 24;

/** The parser's or serialiser's own words, which name what went wrong (a position, a cycle). */
const detailOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** `too_deep` at the root: the stack ran out though no path goes past the limit (the caller was already deep in it). */
export const tooDeepAtRoot = (): Issue => createIssue('too_deep', [], { maximum: LIMITS.maxDepth });

/**
 * The issue for an error thrown while reading a value as JSON: running out of stack is `too_deep`
 * (at `deep`, where the value goes past the limit, when known), a value too large to write out is
 * `too_big`, and anything else (a cycle, a BigInt, a getter that throws) `invalid_json` in the
 * engine's words. No RangeError is ever called invalid JSON.
 */
export function issueOfJsonError(error: unknown, deep?: () => Issue | undefined): Issue {
  if (isStackOverflow(error)) return deep?.() ?? tooDeepAtRoot();
  if ((error as { name?: unknown } | null)?.name === 'RangeError') return createIssue('too_big', [], { maximum: MAX_JSON_LENGTH, origin: 'string' });
  return createIssue('invalid_json', [], { detail: detailOf(error) });
}

function inspected(data: unknown): JsonInput {
  const { tooDeep, notFinite } = inspectJsonValue(data, LIMITS.maxDepth);
  return tooDeep ? { ok: false, issues: [tooDeep] } : { ok: true, data, notFinite };
}

/**
 * Parses JSON text for validation: invalid JSON is one `invalid_json` issue, nesting past
 * `LIMITS.maxDepth` one `too_deep` issue at its path (also where an engine's parser runs out of
 * stack first), and every `1e999` (Infinity to JSON.parse) comes back as a `not_finite` issue.
 * @example readJsonText('{"x": 1e999}') // { ok: true, data: { x: Infinity }, notFinite: [not_finite at x] }
 */
export function readJsonText(text: string): JsonInput {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, issues: [issueOfJsonError(error, () => findTooDeepInText(text, LIMITS.maxDepth)?.issue)] };
  }
  return inspected(data);
}

/**
 * Reads a value from host code for validation, walked before any serialiser sees it: nesting past
 * `LIMITS.maxDepth` is one `too_deep` issue at its path, each non-finite number a `not_finite` issue
 * (JSON would have made it null), a getter or proxy that throws one issue. With `copy`, the data
 * returned is a plain-JSON copy (a JSON round trip, which drops functions and symbols and applies
 * `toJSON`), checked again for depth, since `toJSON` and shared objects can make it deeper.
 * @example readJsonValue({ points: { x: Infinity } }, { copy: true }).notFinite // [not_finite at points.x]
 */
export function readJsonValue(value: unknown, { copy }: { copy: boolean }): JsonInput {
  let notFinite: Issue[];
  try {
    const report = inspectJsonValue(value, LIMITS.maxDepth);
    if (report.tooDeep) return { ok: false, issues: [report.tooDeep] };
    notFinite = report.notFinite;
  } catch (error) {
    return { ok: false, issues: [issueOfJsonError(error)] };
  }
  if (!copy) return { ok: true, data: value, notFinite };
  let data: unknown;
  try {
    const text = JSON.stringify(value);
    data = text === undefined ? undefined : JSON.parse(text);
  } catch (error) {
    return { ok: false, issues: [issueOfJsonError(error)] };
  }
  const copied = inspected(data);
  return copied.ok ? { ...copied, notFinite } : copied;
}

/**
 * The issues of a validation with each non-finite number named as such: the shape's complaint at the
 * same place ("expected number, received null" after a JSON round trip, "received Infinity" from a
 * parser) gives way to the `not_finite` issue, which comes first.
 */
export function withNotFinite(notFinite: readonly Issue[], issues: readonly Issue[]): Issue[] {
  if (notFinite.length === 0) return [...issues];
  const places = new Set(notFinite.map((issue) => issue.path));
  return [...notFinite, ...issues.filter((issue) => !(issue.code === 'invalid_type' && places.has(issue.path)))];
}
