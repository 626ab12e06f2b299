import type { Issue } from '../errors';
import { formatIssueMessage, type IssueMessageCatalog } from '../issueMessages';

/**
 * The issues with their messages rendered from another catalog; codes, paths and params unchanged.
 * @example localiseIssues(result.issues, issueMessagesZhHant)
 */
export function localiseIssues(issues: readonly Issue[], catalog: IssueMessageCatalog): Issue[] {
  return issues.map((issue) => ({ ...issue, message: formatIssueMessage(issue.code, issue.params, catalog) }));
}
