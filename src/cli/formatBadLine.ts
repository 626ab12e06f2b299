import type { Issue } from '../core';
import { limitIssues } from './limitIssues';

/**
 * A bad line of an NDJSON file for stderr: one line per issue (the first `LIMITS.maxIssues`, then
 * "and N more issues"), each led by the file and line number, so `grep` and editors (`file:line`) find it.
 * @example formatBadLine('answers.ndjson', 42, issues) // 'answers.ndjson:42: answers.company_size: … [unknown_option]\n'
 */
export function formatBadLine(file: string, lineNumber: number, issues: readonly Issue[]): string {
  let text = '';
  for (const issue of limitIssues(issues).listed) text += `${file}:${lineNumber}: ${issue.path ? `${issue.path}: ` : ''}${issue.message} [${issue.code}]\n`;
  return text;
}
