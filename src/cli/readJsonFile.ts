import { createIssue, type Issue } from '../core';
import type { CliIo } from './cli.types';

/** Why a file could not be read. */
export type FileErrorCode = 'file_not_found' | 'is_a_directory' | 'permission_denied' | 'unreadable_file';

/** A file's parsed JSON, or why there is none: a file error (one line) or an `invalid_json` issue. */
export type JsonFileResult =
  | { ok: true; value: unknown }
  | { ok: false; kind: 'file'; code: FileErrorCode; message: string }
  | { ok: false; kind: 'issues'; issues: Issue[] };

const FILE_ERRORS: Record<string, [FileErrorCode, string]> = {
  ENOENT: ['file_not_found', 'no such file'],
  ENOTDIR: ['file_not_found', 'no such file'],
  EISDIR: ['is_a_directory', 'is a directory, not a file'],
  EACCES: ['permission_denied', 'permission denied'],
  EPERM: ['permission_denied', 'permission denied'],
};

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
    const errno = (error as { code?: unknown } | null)?.code;
    const known = typeof errno === 'string' ? FILE_ERRORS[errno] : undefined;
    const [code, reason] = known ?? ['unreadable_file', error instanceof Error ? error.message : String(error)];
    return { ok: false, kind: 'file', code, message: `cannot read ${path}: ${reason}` };
  }
  // Editors on Windows often save JSON with a byte-order mark, which JSON.parse rejects.
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(json) };
  } catch (error) {
    const detail = withLineAndColumn(error instanceof Error ? error.message : String(error), json);
    return { ok: false, kind: 'issues', issues: [createIssue('invalid_json', [], { detail })] };
  }
}
