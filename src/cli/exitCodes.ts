/** The exit codes of the `readiness-kit` command. */
export const ExitCode = {
  /** Done, nothing wrong. */
  ok: 0,
  /**
   * The input was at fault: a bad definition, invalid answers, an unreadable file or invalid JSON, or
   * a file the kit could not process (`unprocessable_input`). Every bad file gives this, with coded issues on stderr.
   */
  invalidInput: 1,
  /** The command line was at fault: an unknown command or flag, a missing or extra argument, a bad flag value. */
  usage: 2,
  /**
   * The kit itself failed, not the input or the command line: its bundled assessment does not
   * validate, or an error outside the reading of any file (writing the output). A bug to report;
   * `EX_SOFTWARE` in BSD's sysexits.h.
   */
  internal: 70,
} as const;

/** One of the `ExitCode` values. */
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
