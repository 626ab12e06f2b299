import { createIssue, LIMITS, type Issue } from '../core';
import { findTooDeepInText } from '../core/questionnaire/findTooDeepInText';
import { issueOfJsonError } from '../core/questionnaire/readJsonInput';
import type { CliIo } from './cli.types';
import { fileErrorOf, type FileErrorCode } from './fileErrorOf';

export type { FileErrorCode } from './fileErrorOf';

/** A file's parsed JSON, or why there is none: a file error (one line) or an `invalid_json` issue. */
export type JsonFileResult =
  | { ok: true; value: unknown }
  | { ok: false; kind: 'file'; code: FileErrorCode; message: string }
  | { ok: false; kind: 'issues'; issues: Issue[] };

/** Adds a line and column to V8's "at position N" so a person can find the spot in an editor. */
function withLineAndColumn(detail: string, text: string): string {
  const match = /at position (\d+)/.exec(detail);
  if (!match || /line \d+/.test(detail)) return detail;
  const before = text.slice(0, Number(match[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${detail} (line ${line}, column ${column})`;
}

/**
 * Reads and parses a JSON file without throwing.
 * @example const result = await readJsonFile(io, 'answers.json');
 */
export async function readJsonFile(io: CliIo, path: string): Promise<JsonFileResult> {
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (error) {
    const { code, reason } = fileErrorOf(error);
    return { ok: false, kind: 'file', code, message: `cannot read ${path}: ${reason}` };
  }
  // Editors on Windows often save JSON with a byte-order mark, which JSON.parse rejects.
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(json) };
  } catch (error) {
    // Not a syntax error (an engine whose parser ran out of stack): never called invalid JSON.
    if (!(error instanceof SyntaxError)) return { ok: false, kind: 'issues', issues: [issueOfJsonError(error, () => findTooDeepInText(json, LIMITS.maxDepth)?.issue)] };
    const detail = withLineAndColumn(error.message, json);
    return { ok: false, kind: 'issues', issues: [createIssue('invalid_json', [], { detail })] };
  }
}
