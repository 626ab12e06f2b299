import { localiseIssues, prettifyIssues, type Issue } from '../core';
import type { CliWords } from './i18n/cliWords';
import { limitIssues } from './limitIssues';
import { BIN } from './usage';
import type { JsonFileResult } from './readJsonFile';

/**
 * Issues found in a file, one per line under the file's name (the first `LIMITS.maxIssues`, then
 * "and N more issues, not listed"), then a count of them all; in the locale of `words` when given (a
 * respondent's answers), else in English (a definition, read by its author).
 * @example formatIssueReport('answers.json', checked.issues, cliWordsFor('ha'))
 */
export function formatIssueReport(file: string, issues: readonly Issue[], words?: CliWords): string {
  const { listed, total } = limitIssues(issues);
  if (!words) {
    const count = `${total} issue${total === 1 ? '' : 's'}`;
    return `${file}\n${prettifyIssues(listed)}\n${count} in ${file}\n`;
  }
  return `${file}\n${prettifyIssues(localiseIssues(listed, words.issues))}\n${words.count('issues.count', total, { file })}\n`;
}

/** Why a JSON file could not be used: a one-line file error, or its issues. */
export function formatReadFailure(file: string, failure: Exclude<JsonFileResult, { ok: true }>): string {
  return failure.kind === 'file' ? `${BIN}: ${failure.message} [${failure.code}]\n` : formatIssueReport(file, failure.issues);
}
