import type { CliIo } from './cli.types';
import { BIN } from './usage';

/** The code of a file, or a line of one, that the kit failed on while reading it: a kit bug the file set off, reported as the file's issue. */
export const UNPROCESSABLE = 'unprocessable_input';

/** The first line of what was thrown, which names what broke ("Maximum call stack size exceeded"). */
export const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error)).split('\n')[0]!;

/** The stderr line for a file the kit failed on. */
export const unprocessableFile = (file: string, error: unknown): string =>
  `${BIN}: cannot process ${file}: ${reasonOf(error)}; this is a bug in ${BIN}, please report it with the file [${UNPROCESSABLE}]\n`;

/**
 * Runs the work done on one input file's contents (validating, scoring, formatting what it gave).
 * Anything it throws is the file's issue, not an unexpected error: one coded line on stderr, and
 * undefined, so the command exits 1 (`ExitCode.invalidInput`) as for any other bad file, never 2 or 70.
 * @example const checked = processFile(io, 'answers.json', () => validateAnswers(questionnaire, answers));
 */
export function processFile<T>(io: CliIo, file: string, work: () => T): { ok: true; value: T } | { ok: false } {
  try {
    return { ok: true, value: work() };
  } catch (error) {
    io.stderr(unprocessableFile(file, error));
    return { ok: false };
  }
}
