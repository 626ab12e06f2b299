import { createFunnelSummariser, parseFunnelEvent } from '../core';
import type { CliIo } from './cli.types';
import { ExitCode } from './exitCodes';
import { formatFunnelTable } from './formatFunnelTable';
import { parseCliArgs, type CliOptions } from './parseCliArgs';
import { processFile } from './processFile';
import { countOf, readNdjsonFile } from './readNdjsonFile';
import { BIN, FUNNEL_USAGE } from './usage';

/** The output formats of `funnel`. */
export const FUNNEL_FORMATS = ['table', 'json'] as const;

const FUNNEL_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  format: { type: 'string', short: 'f' },
  questionnaire: { type: 'string', short: 'q' },
} satisfies CliOptions;

function usageError(io: CliIo, message: string): ExitCode {
  io.stderr(`${BIN}: funnel: ${message}\nRun '${BIN} funnel --help' for usage.\n`);
  return ExitCode.usage;
}

/** True when an event's `id@version` is the one asked for: the id alone takes every version. */
const matches = (questionnaire: string, wanted: string | undefined) =>
  wanted === undefined || questionnaire === wanted || (!wanted.includes('@') && questionnaire.startsWith(`${wanted}@`));

/**
 * `readiness-kit funnel <events.ndjson|->`: reads funnel events line by line (constant memory in
 * lines, a little per session) and prints the drop-off per step. A bad line is reported with its
 * number and skipped; the run still prints the rest, and exits 1.
 */
export async function funnelCommand(io: CliIo, args: string[]): Promise<ExitCode> {
  const parsed = parseCliArgs(args, FUNNEL_OPTIONS);
  if (!parsed.ok) return usageError(io, parsed.message);
  if (parsed.values.help === true) {
    io.stdout(FUNNEL_USAGE);
    return ExitCode.ok;
  }
  const [file, extra] = parsed.positionals;
  if (file === undefined) return usageError(io, 'missing argument <events.ndjson>');
  if (extra !== undefined) return usageError(io, `unexpected argument '${extra}'`);
  const { format = 'table', questionnaire } = parsed.values as Record<string, string | undefined>;
  if (!(FUNNEL_FORMATS as readonly string[]).includes(format)) return usageError(io, `unknown format '${format}' (expected ${FUNNEL_FORMATS.join(' or ')})`);

  const summariser = createFunnelSummariser();
  const pass = await readNdjsonFile(io, file, (value) => {
    const event = parseFunnelEvent(value);
    if (!event.ok) return event.issues;
    if (matches(event.value.questionnaire, questionnaire)) summariser.add(event.value);
    return undefined;
  });
  if (pass === null) return ExitCode.invalidInput;
  const { name, badLines } = pass;
  if (badLines > 0) io.stderr(`${BIN}: ${countOf(badLines, 'bad line')} skipped in ${name}\n`);

  // Summed from the file's events: if the kit fails on them, that file is reported, exit 1.
  const summed = processFile(io, name, () => {
    const summaries = summariser.result();
    const text = format === 'json' ? `${JSON.stringify({ questionnaires: summaries, badLines }, null, 2)}\n` : summaries.map(formatFunnelTable).join('\n');
    return { empty: summaries.length === 0, text };
  });
  if (!summed.ok) return ExitCode.invalidInput;
  if (format !== 'json' && summed.value.empty) io.stderr(`${BIN}: note: no funnel events${questionnaire === undefined ? '' : ` for ${questionnaire}`} in ${name}\n`);
  else io.stdout(summed.value.text);
  return badLines > 0 ? ExitCode.invalidInput : ExitCode.ok;
}
