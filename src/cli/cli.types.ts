/** What the CLI needs from the outside world, so tests can run it in memory. */
export interface CliIo {
  /** Writes text to standard output as given (the CLI adds its own newlines). */
  stdout: (text: string) => void;
  /** Writes text to standard error as given. */
  stderr: (text: string) => void;
  /** Reads a UTF-8 file; rejects with a Node-style error carrying `code` (`ENOENT`, `EISDIR`, `EACCES` …). */
  readFile: (path: string) => Promise<string>;
}
