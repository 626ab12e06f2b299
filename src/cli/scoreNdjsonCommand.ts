import { createBatchScorer, normaliseLocale, parseQuestionnaire, type Questionnaire } from '../core';
import { socialMediaAssessment } from '../content/social-media';
import type { CliIo } from './cli.types';
import { ExitCode } from './exitCodes';
import { cliWordsFor } from './i18n/cliWords';
import { countOf, readNdjsonFile } from './readNdjsonFile';
import { formatIssueReport } from './reportIssues';
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

async function loadForScoring(io: CliIo, file: string | undefined): Promise<{ ok: true; value: Questionnaire } | { ok: false; exitCode: ExitCode }> {
  if (file !== undefined) return loadQuestionnaire(io, file);
  const parsed = parseQuestionnaire(socialMediaAssessment);
  if (parsed.ok) return parsed;
  // A broken bundled assessment is our bug, not the user's input: report it as unexpected.
  io.stderr(`${BIN}: the bundled assessment is invalid, please report this\n${formatIssueReport('(bundled assessment)', parsed.issues)}`);
  return { ok: false, exitCode: ExitCode.usage };
}

/**
 * `readiness-kit score --ndjson <answers.ndjson|->`: one answers object a line in, one `ProfileRecord`
 * a line out, in constant memory. A bad line (not JSON, not an object, invalid answers) is reported on
 * stderr with its line number and skipped; blank lines are skipped silently. Exit 0 when every line
 * scored, 1 when any was bad (the output is still complete) or the file cannot be read.
 */
export async function scoreNdjsonCommand(io: CliIo, file: string, options: ScoreNdjsonOptions): Promise<ExitCode> {
  const questionnaire = await loadForScoring(io, options.questionnaire);
  if (!questionnaire.ok) return questionnaire.exitCode;
  const score = createBatchScorer(questionnaire.value);
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
