import { createIssue, type Issue } from '../errors';

/** The issue for storage that threw (quota, private mode, a sandboxed frame), at `storage.<key>`. */
export function storageIssue(key: string, error: unknown): Issue {
  // `invalid_value` with a detail, not a new code: every new code's message counts in the engine's size budget.
  return createIssue('invalid_value', ['storage', key], { detail: `storage is not available (${String(error)})` });
}
