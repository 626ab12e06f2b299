import { capIssues, createIssue, LIMITS, type Issue } from '../core';

/** Issues as the CLI lists them: at most `LIMITS.maxIssues`, then one `more_issues`, with how many there were in all. */
export interface LimitedIssues {
  /** The issues to print, the last a `more_issues` when some were left out. */
  listed: Issue[];
  /** How many issues there were, listed or not. */
  total: number;
}

/**
 * Caps a list of issues for printing, whether or not the core has capped it already: a list that
 * ends in `more_issues` counts what that issue left out, and is not capped twice.
 * @example limitIssues(hundredThousandIssues) // { listed: [...100 issues, more_issues(99900)], total: 100000 }
 */
export function limitIssues(issues: readonly Issue[]): LimitedIssues {
  const last = issues[issues.length - 1];
  const leftOut = last?.code === 'more_issues' && typeof last.params.count === 'number' ? last.params.count : 0;
  if (leftOut === 0) return { listed: capIssues([...issues]), total: issues.length };
  const own = issues.slice(0, -1);
  const total = own.length + leftOut;
  if (own.length <= LIMITS.maxIssues) return { listed: [...issues], total };
  return { listed: [...own.slice(0, LIMITS.maxIssues), createIssue('more_issues', [], { count: total - LIMITS.maxIssues })], total };
}
