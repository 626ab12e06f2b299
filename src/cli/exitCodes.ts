/** The exit codes of the `readiness-kit` command. */
export const ExitCode = {
  /** Done, nothing wrong. */
  ok: 0,
  /** The input was at fault: a bad definition, invalid answers, an unreadable file or invalid JSON. */
  invalidInput: 1,
  /** The command line was at fault (unknown command or flag, missing argument), or something unexpected broke. */
  usage: 2,
} as const;

/** One of the `ExitCode` values. */
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
