import { DEFAULT_LOCALE, localeChain, normaliseLocale, parseQuestionnaire, scoreAnswers, validateAnswers, type Questionnaire } from '../core';
import { socialMediaAssessment } from '../content/social-media';
import type { CliIo } from './cli.types';
import { ExitCode } from './exitCodes';
import { formatProfileTable } from './formatProfileTable';
import { cliWordsFor } from './i18n/cliWords';
import { readJsonFile } from './readJsonFile';
import { formatIssueReport, formatReadFailure } from './reportIssues';
import { BIN } from './usage';
import { loadQuestionnaire } from './validateCommand';

/** The output formats of `score`. */
export const SCORE_FORMATS = ['table', 'json'] as const;

/** Options of `score`, already checked by the argument parser. */
export interface ScoreCommandOptions {
  /** A definition file to score against instead of the bundled assessment. */
  questionnaire?: string;
  format: (typeof SCORE_FORMATS)[number];
  locale: string;
  /** ISO 4217 code for money in the table; without it, money is a plain number. */
  currency?: string;
  /** Recommendations the table shows before "and N more"; 0 for all (default 5). */
  limit?: number;
}

type Loaded = { ok: true; value: Questionnaire } | { ok: false; exitCode: ExitCode };

function loadBundled(io: CliIo): Loaded {
  const parsed = parseQuestionnaire(socialMediaAssessment);
  if (parsed.ok) return parsed;
  // A broken bundled assessment is our bug, not the user's input: report it as unexpected.
  io.stderr(`${BIN}: the bundled assessment is invalid, please report this\n${formatIssueReport('(bundled assessment)', parsed.issues)}`);
  return { ok: false, exitCode: ExitCode.usage };
}

/** Says on stderr when the texts will not be in the language asked for, rather than switching silently. */
function noteMissingLocale(io: CliIo, { id, locales }: Questionnaire, locale: string): void {
  const language = locale.split('-')[0];
  // localeChain ends in the default locale; only the asked-for language's own locales count here.
  const wanted = localeChain(locale).filter((candidate) => candidate.split('-')[0] === language);
  if (wanted.some((candidate) => locales.includes(candidate))) return;
  const fallback = locales.includes(DEFAULT_LOCALE) ? DEFAULT_LOCALE : locales[0];
  io.stderr(`${BIN}: note: ${id} has no ${locale} texts (it has ${locales.join(', ')}); showing ${fallback}\n`);
}

/** `readiness-kit score <answers.json>`: validates the answers, then prints the profile as a table or JSON. */
export async function scoreCommand(io: CliIo, file: string, options: ScoreCommandOptions): Promise<ExitCode> {
  const answers = await readJsonFile(io, file);
  if (!answers.ok) io.stderr(formatReadFailure(file, answers));
  const questionnaire = options.questionnaire === undefined ? loadBundled(io) : await loadQuestionnaire(io, options.questionnaire);
  if (!questionnaire.ok) return questionnaire.exitCode;
  if (!answers.ok) return ExitCode.invalidInput;

  // `--locale zh-TW` means Traditional Chinese, as it does in the components.
  const locale = normaliseLocale(options.locale);
  const checked = validateAnswers(questionnaire.value, answers.value);
  if (!checked.ok) {
    // What is wrong with a respondent's answers is said in the respondent's language.
    io.stderr(formatIssueReport(file, checked.issues, cliWordsFor(locale)));
    return ExitCode.invalidInput;
  }
  const profile = scoreAnswers(questionnaire.value, checked.value);
  if (options.format === 'table') noteMissingLocale(io, questionnaire.value, locale);
  const table = () => formatProfileTable(profile, questionnaire.value, locale, { currency: options.currency, limit: options.limit });
  io.stdout(options.format === 'json' ? `${JSON.stringify(profile, null, 2)}\n` : table());
  return ExitCode.ok;
}
