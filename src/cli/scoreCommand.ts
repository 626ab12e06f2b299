import { DEFAULT_LOCALE, localeChain, normaliseLocale, scoreAnswers, validateAnswers, type Questionnaire } from '../core';
import type { CliIo } from './cli.types';
import { ExitCode } from './exitCodes';
import { formatProfileTable } from './formatProfileTable';
import { cliWordsFor } from './i18n/cliWords';
import { loadBundledAssessment } from './loadBundledAssessment';
import { processFile } from './processFile';
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
  const questionnaire = options.questionnaire === undefined ? loadBundledAssessment(io) : await loadQuestionnaire(io, options.questionnaire);
  if (!questionnaire.ok) return questionnaire.exitCode;
  if (!answers.ok) return ExitCode.invalidInput;

  // `--locale zh-TW` means Traditional Chinese, as it does in the components.
  const locale = normaliseLocale(options.locale);
  const { value: definition } = questionnaire;
  // Everything worked out from the answers is the answers file's: if the kit fails on it, that file is reported, exit 1.
  const processed = processFile(io, file, () => {
    const checked = validateAnswers(definition, answers.value);
    if (!checked.ok) return checked;
    const profile = scoreAnswers(definition, checked.value);
    const text = options.format === 'json' ? `${JSON.stringify(profile, null, 2)}\n` : formatProfileTable(profile, definition, locale, { currency: options.currency, limit: options.limit });
    return { ok: true as const, text };
  });
  if (!processed.ok) return ExitCode.invalidInput;
  if (!processed.value.ok) {
    // What is wrong with a respondent's answers is said in the respondent's language.
    io.stderr(formatIssueReport(file, processed.value.issues, cliWordsFor(locale)));
    return ExitCode.invalidInput;
  }
  if (options.format === 'table') noteMissingLocale(io, definition, locale);
  io.stdout(processed.value.text);
  return ExitCode.ok;
}
