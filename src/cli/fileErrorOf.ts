/** Why a file could not be read. */
export type FileErrorCode = 'file_not_found' | 'is_a_directory' | 'permission_denied' | 'unreadable_file';

const KNOWN: Record<string, [FileErrorCode, string]> = {
  ENOENT: ['file_not_found', 'no such file'],
  ENOTDIR: ['file_not_found', 'no such file'],
  EISDIR: ['is_a_directory', 'is a directory, not a file'],
  EACCES: ['permission_denied', 'permission denied'],
  EPERM: ['permission_denied', 'permission denied'],
};

/**
 * Why a file could not be read, from a Node-style error: a code and a short reason.
 * @example fileErrorOf(error) // { code: 'file_not_found', reason: 'no such file' }
 */
export function fileErrorOf(error: unknown): { code: FileErrorCode; reason: string } {
  const errno = (error as { code?: unknown } | null)?.code;
  const known = typeof errno === 'string' ? KNOWN[errno] : undefined;
  if (known) return { code: known[0], reason: known[1] };
  return { code: 'unreadable_file', reason: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
}
