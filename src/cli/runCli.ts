import { DEFAULT_LOCALE } from '../core';
import { aggregateCommand } from './aggregateCommand';
import type { CliIo } from './cli.types';
import { ExitCode } from './exitCodes';
import { funnelCommand } from './funnelCommand';
import { parseCliArgs, type CliOptions } from './parseCliArgs';
import { reasonOf } from './processFile';
import { SCORE_FORMATS, scoreCommand } from './scoreCommand';
import { scoreNdjsonCommand } from './scoreNdjsonCommand';
import { BIN, MAIN_USAGE, SCORE_USAGE, VALIDATE_USAGE, VERSION } from './usage';
import { validateCommand } from './validateCommand';

export type { CliIo } from './cli.types';
export { ExitCode } from './exitCodes';

const HELP = { help: { type: 'boolean', short: 'h' } } satisfies CliOptions;
const GLOBAL_OPTIONS = { ...HELP, version: { type: 'boolean' } } satisfies CliOptions;
const SCORE_OPTIONS = {
  ...HELP,
  questionnaire: { type: 'string', short: 'q' },
  format: { type: 'string', short: 'f' },
  locale: { type: 'string', short: 'l' },
  currency: { type: 'string', short: 'c' },
  limit: { type: 'string' },
  ndjson: { type: 'boolean' },
} satisfies CliOptions;

/** Flags of `score` that shape a single profile's output, and so mean nothing with `--ndjson`. */
const NOT_WITH_NDJSON = ['format', 'currency', 'limit'] as const;

function usageError(io: CliIo, message: string, command?: string): ExitCode {
  io.stderr(`${BIN}: ${message}\nRun '${BIN}${command ? ` ${command}` : ''} --help' for usage.\n`);
  return ExitCode.usage;
}

/** Parses a command's arguments and checks it got exactly one file; the file, or an exit code. */
function parseCommand(io: CliIo, command: string, args: string[], options: CliOptions, usage: string, argName: string) {
  const parsed = parseCliArgs(args, options);
  if (!parsed.ok) return { exitCode: usageError(io, `${command}: ${parsed.message}`, command) };
  if (parsed.values.help === true) {
    io.stdout(usage);
    return { exitCode: ExitCode.ok };
  }
  const [file, extra] = parsed.positionals;
  if (file === undefined) return { exitCode: usageError(io, `${command}: missing argument ${argName}`, command) };
  if (extra !== undefined) return { exitCode: usageError(io, `${command}: unexpected argument '${extra}'`, command) };
  return { file, values: parsed.values };
}

function canonicalLocale(locale: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(locale)[0];
  } catch {
    return undefined;
  }
}

/** An ISO 4217 code Intl knows, upper-cased (`usd` → `USD`), or undefined. */
function currencyCode(currency: string): string | undefined {
  if (!/^[A-Za-z]{3}$/.test(currency)) return undefined;
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().currency;
  } catch {
    return undefined;
  }
}

async function score(io: CliIo, args: string[]): Promise<ExitCode> {
  const parsed = parseCommand(io, 'score', args, SCORE_OPTIONS, SCORE_USAGE, '<answers.json>');
  if (parsed.file === undefined) return parsed.exitCode;
  const { format = 'table', locale = DEFAULT_LOCALE, questionnaire, currency, limit } = parsed.values as Record<string, string | undefined>;
  if (parsed.values.ndjson === true) {
    const conflict = NOT_WITH_NDJSON.find((flag) => parsed.values[flag] !== undefined);
    if (conflict) return usageError(io, `score: --${conflict} does not apply to --ndjson, which writes one JSON profile record a line`, 'score');
    const ndjsonLocale = canonicalLocale(locale);
    if (ndjsonLocale === undefined) return usageError(io, `score: '${locale}' is not a locale (try en, zh-Hant or ha)`, 'score');
    return scoreNdjsonCommand(io, parsed.file, { locale: ndjsonLocale, ...(questionnaire !== undefined ? { questionnaire } : {}) });
  }
  if (!(SCORE_FORMATS as readonly string[]).includes(format))
    return usageError(io, `score: unknown format '${format}' (expected ${SCORE_FORMATS.join(' or ')})`, 'score');
  const canonical = canonicalLocale(locale);
  if (canonical === undefined) return usageError(io, `score: '${locale}' is not a locale (try en, zh-Hant or ha)`, 'score');
  const code = currency === undefined ? undefined : currencyCode(currency);
  if (currency !== undefined && code === undefined) return usageError(io, `score: '${currency}' is not a currency code (try USD, EUR, TWD or NGN)`, 'score');
  if (limit !== undefined && !/^\d+$/.test(limit)) return usageError(io, `score: --limit takes a whole number, 0 for all (got '${limit}')`, 'score');
  return scoreCommand(io, parsed.file, {
    format: format as (typeof SCORE_FORMATS)[number],
    locale: canonical,
    ...(questionnaire !== undefined ? { questionnaire } : {}),
    ...(code !== undefined ? { currency: code } : {}),
    ...(limit !== undefined ? { limit: Number(limit) } : {}),
  });
}

async function run(argv: string[], io: CliIo): Promise<ExitCode> {
  const [command, ...rest] = argv;
  if (command === undefined) {
    io.stderr(MAIN_USAGE);
    return ExitCode.usage;
  }
  if (command.startsWith('-')) {
    const parsed = parseCliArgs(argv, GLOBAL_OPTIONS);
    if (!parsed.ok) return usageError(io, parsed.message);
    // Flags first, then something else (`--help score`): a typo we cannot guess the meaning of.
    if (parsed.positionals.length > 0) return usageError(io, `unexpected argument '${parsed.positionals[0]}'`);
    io.stdout(parsed.values.version === true ? `${VERSION}\n` : MAIN_USAGE);
    return ExitCode.ok;
  }
  if (command === 'validate') {
    const parsed = parseCommand(io, 'validate', rest, HELP, VALIDATE_USAGE, '<definition.json>');
    return parsed.file === undefined ? parsed.exitCode : validateCommand(io, parsed.file);
  }
  if (command === 'score') return score(io, rest);
  if (command === 'funnel') return funnelCommand(io, rest);
  if (command === 'aggregate') return aggregateCommand(io, rest);
  if (command === 'help') {
    io.stdout(MAIN_USAGE);
    return ExitCode.ok;
  }
  return usageError(io, `unknown command '${command}' (commands: validate, score, funnel, aggregate)`);
}

/**
 * Runs the CLI on its arguments (without `node` and the script) and returns the exit code. Never
 * throws. A file the kit fails on is that file's issue (exit 1, `unprocessable_input`, reported where
 * the file is read); anything else unexpected (writing the output) becomes a one-line message and
 * `ExitCode.internal` (70): never 2, which means the command line was wrong.
 * @example process.exitCode = await runCli(process.argv.slice(2), io);
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  try {
    return await run([...argv], io);
  } catch (error) {
    io.stderr(`${BIN}: internal error: ${reasonOf(error)} (not a problem with the input or the command line)\n`);
    return ExitCode.internal;
  }
}
