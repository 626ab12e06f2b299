import { createIssue, type Issue } from './errors';
import { LIMITS } from './limits';

/**
 * The first `max` issues and, when there were more, one `more_issues` issue at the root counting the
 * rest, so 100,000 empty sections make a readable report, not 100,000 lines.
 * @example capIssues(issues).at(-1)?.message // 'and 99900 more issues, not listed'
 */
export function capIssues(issues: Issue[], max: number = LIMITS.maxIssues): Issue[] {
  if (issues.length <= max) return issues;
  return [...issues.slice(0, max), createIssue('more_issues', [], { count: issues.length - max })];
}
