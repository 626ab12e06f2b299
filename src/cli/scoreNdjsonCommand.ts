import { createBatchScorer, normaliseLocale } from '../core';
import type { CliIo } from './cli.types';
import { ExitCode } from './exitCodes';
import { cliWordsFor } from './i18n/cliWords';
import { loadBundledAssessment } from './loadBundledAssessment';
import { processFile } from './processFile';
import { countOf, readNdjsonFile } from './readNdjsonFile';
import { BIN } from './usage';
import { loadQuestionnaire } from './validateCommand';

/** Options of `score --ndjson`, already checked by the argument parser. */
export interface ScoreNdjsonOptions {
  /** A definition file to score against instead of the bundled assessment. */
  questionnaire?: string;
  /** The language of the bad lines' issue messages. */
  locale: string;
}

/** Output is written in chunks of about this many characters, waiting for stdout to drain between them. */
const CHUNK_SIZE = 64 * 1024;

/**
 * `readiness-kit score --ndjson <answers.ndjson|->`: one answers object a line in, one `ProfileRecord`
 * a line out, in constant memory. A bad line (not JSON, not an object, invalid answers, or answers the
 * kit failed on) is reported on stderr with its line number and skipped; blank lines are skipped
 * silently. Exit 0 when every line scored, 1 when any was bad (the output is still complete) or the
 * file cannot be read.
 */
export async function scoreNdjsonCommand(io: CliIo, file: string, options: ScoreNdjsonOptions): Promise<ExitCode> {
  const questionnaire = options.questionnaire === undefined ? loadBundledAssessment(io) : await loadQuestionnaire(io, options.questionnaire);
  if (!questionnaire.ok) return questionnaire.exitCode;
  // Compiling a definition the user gave is that file's work; the bundled one's failing is the kit's.
  const scorer = processFile(io, options.questionnaire ?? '(bundled assessment)', () => createBatchScorer(questionnaire.value));
  if (!scorer.ok) return options.questionnaire === undefined ? ExitCode.internal : ExitCode.invalidInput;
  const score = scorer.value;
  // What is wrong with a respondent's answers is said in the language asked for, as `score` says it.
  const issueMessages = cliWordsFor(normaliseLocale(options.locale)).issues;
  let scored = 0;
  let chunk = '';
  const pass = await readNdjsonFile(
    io,
    file,
    async (answers) => {
      const result = score(answers);
      if (!result.ok) return result.issues;
      scored += 1;
      chunk += `${JSON.stringify(result.record)}\n`;
      if (chunk.length >= CHUNK_SIZE) {
        io.stdout(chunk);
        chunk = '';
        await io.drain();
      }
      return undefined;
    },
    issueMessages,
  );
  // What was scored before a read error is still written: nothing scored is lost.
  if (chunk) io.stdout(chunk);
  if (pass === null) return ExitCode.invalidInput;
  io.stderr(`${BIN}: scored ${scored.toLocaleString('en')} of ${countOf(pass.dataLines, 'line')} in ${pass.name}; ${countOf(pass.badLines, 'bad line')} skipped\n`);
  return pass.badLines > 0 ? ExitCode.invalidInput : ExitCode.ok;
}
