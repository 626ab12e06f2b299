import { prettifyIssues, type Issue } from '../core';
import { BIN } from './usage';
import type { JsonFileResult } from './readJsonFile';

/** Issues found in a file, one per line under the file's name, then a count. */
export function formatIssueReport(file: string, issues: readonly Issue[]): string {
  const count = `${issues.length} issue${issues.length === 1 ? '' : 's'}`;
  return `${file}\n${prettifyIssues(issues)}\n${count} in ${file}\n`;
}

/** Why a JSON file could not be used: a one-line file error, or its issues. */
export function formatReadFailure(file: string, failure: Exclude<JsonFileResult, { ok: true }>): string {
  return failure.kind === 'file' ? `${BIN}: ${failure.message} [${failure.code}]\n` : formatIssueReport(file, failure.issues);
}
