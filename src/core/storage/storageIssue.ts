import { createIssue, type Issue } from '../errors';

/** The issue for storage that threw (quota, private mode, a sandboxed frame), at `storage.<key>`, naming the error. */
export function storageIssue(key: string, error: unknown): Issue {
  const reason = error instanceof Error ? error.name : typeof error;
  return createIssue('storage_unavailable', ['storage', key], { key, reason });
}
