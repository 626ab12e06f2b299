/** What the CLI needs from the outside world, so tests can run it in memory. */
export interface CliIo {
  /** Writes text to standard output as given (the CLI adds its own newlines). */
  stdout: (text: string) => void;
  /** Writes text to standard error as given. */
  stderr: (text: string) => void;
  /** Reads a UTF-8 file; rejects with a Node-style error carrying `code` (`ENOENT`, `EISDIR`, `EACCES` …). */
  readFile: (path: string) => Promise<string>;
  /**
   * The lines of a UTF-8 file, one at a time and without their line ends, so a file of any size is read
   * in constant memory; `-` reads standard input. Iterating rejects with a Node-style error carrying
   * `code` when the file cannot be read.
   */
  readLines: (path: string) => AsyncIterable<string>;
  /** Resolves once standard output has room again, so a long run never buffers all its output in memory. */
  drain: () => Promise<void>;
}
