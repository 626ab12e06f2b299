import { createIssue, formatPath, type Issue, type IssueCode, type IssueParams } from '../errors';
import { LIMITS } from '../limits';
import type { IssueDraft } from './zodIssues';

/** Issues kept up to a limit and counted past it. */
export interface IssueList {
  /** Adds an issue: made in full while fewer than the limit are listed, else only counted. */
  add: (code: IssueCode, segments: readonly (string | number)[], params?: IssueParams) => void;
  /** Adds an issue already made. */
  addIssue: (issue: Issue) => void;
  /** The listed issues and, when some were only counted, one `more_issues` at the root with their count (as `capIssues` gives). */
  issues: () => Issue[];
}

/**
 * A list of issues capped as it grows: past `max` (`LIMITS.maxIssues`) an issue is counted, never
 * made, so 100,000 duplicate ids cost a count each, not 100,000 paths and messages written and dropped.
 * @example const list = createIssueList(); list.add('duplicate_locale', ['locales', 1], params); list.issues()
 */
export function createIssueList(max: number = LIMITS.maxIssues): IssueList {
  const listed: Issue[] = [];
  let unlisted = 0;
  return {
    add: (code, segments, params = {}) => {
      if (listed.length < max) listed.push(createIssue(code, segments, params));
      else unlisted += 1;
    },
    addIssue: (issue) => {
      if (listed.length < max) listed.push(issue);
      else unlisted += 1;
    },
    issues: () => (unlisted === 0 ? [...listed] : [...listed, createIssue('more_issues', [], { count: unlisted })]),
  };
}

/**
 * The issues of a failed validation, capped: each non-finite number's `not_finite` first, then zod's
 * drafts, less the shape's complaint at a non-finite number's own place ("expected number, received
 * null" after a JSON round trip, "received Infinity" from a parser), which the `not_finite` issue says better.
 */
export function listValidationIssues(notFinite: readonly Issue[], drafts: readonly IssueDraft[]): Issue[] {
  const list = createIssueList();
  for (const issue of notFinite) list.addIssue(issue);
  const places = new Set(notFinite.map((issue) => issue.path));
  for (const { code, segments, params } of drafts)
    if (!(places.size > 0 && code === 'invalid_type' && places.has(formatPath(segments)))) list.add(code, segments, params);
  return list.issues();
}
