import { useEffect, useRef } from 'react';
import { prettifyIssues, type Issue } from '../../../core';

/** What could not be shown, as the panel and the console name it. */
export type ErrorCause = 'definition' | 'link';

const HEADLINES: Record<ErrorCause, string> = {
  definition: 'the assessment cannot be shown: its definition has',
  link: 'the shared result cannot be shown: its link has',
};

/** The console's report: a headline, then one line per issue (`✖ path: message [code]`), in English for developers. */
export function describeIssuesForConsole(issues: readonly Issue[], cause: ErrorCause): string {
  return `readiness-kit: ${HEADLINES[cause]} ${issues.length} ${issues.length === 1 ? 'issue' : 'issues'}.\n${prettifyIssues(issues)}`;
}

/**
 * Logs the issues to the host's console with `console.error`, once per set of issues (by code and
 * path): not on every render, nor twice under Strict Mode, and again only when the set changes.
 * In the browser only: effects do not run on the server.
 */
export function useIssueLog(issues: readonly Issue[], cause: ErrorCause): void {
  const signature = `${cause}\n${issues.map((issue) => `${issue.code} ${issue.path}`).join('\n')}`;
  const logged = useRef<string | null>(null);
  // Keyed on the signature, not the array: a parent that rebuilds equal issues on each render logs nothing new.
  useEffect(() => {
    if (logged.current === signature || issues.length === 0) return;
    logged.current = signature;
    console.error(describeIssuesForConsole(issues, cause), issues);
  }, [signature]);
}
