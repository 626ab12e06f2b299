import { DEFAULT_MIN_GROUP_SIZE } from '../core';
import type { CliIo } from './cli.types';
import { aggregateProfiles } from './aggregateProfiles';
import { ExitCode } from './exitCodes';
import { mergeBenchmarkFiles } from './mergeBenchmarkFiles';
import { parseCliArgs, type CliOptions } from './parseCliArgs';
import { AGGREGATE_USAGE, BIN } from './usage';

const AGGREGATE_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  by: { type: 'string', short: 'b' },
  'min-group': { type: 'string' },
  shard: { type: 'boolean' },
  merge: { type: 'boolean' },
} satisfies CliOptions;

function usageError(io: CliIo, message: string): ExitCode {
  io.stderr(`${BIN}: aggregate: ${message}\nRun '${BIN} aggregate --help' for usage.\n`);
  return ExitCode.usage;
}

/** `--by market,company_size` as question ids, or why not. */
function parseBy(by: string): { ok: true; value: string[] } | { ok: false; message: string } {
  const ids = by.split(',').map((id) => id.trim());
  if (ids.some((id) => id === '')) return { ok: false, message: `--by takes question ids separated by commas, e.g. market,company_size (got '${by}')` };
  const twice = ids.find((id, index) => ids.indexOf(id) !== index);
  if (twice !== undefined) return { ok: false, message: `--by names '${twice}' twice` };
  return { ok: true, value: ids };
}

/**
 * `readiness-kit aggregate`: a benchmark from a file of profile records (`<profiles.ndjson|-> --by …`),
 * or from benchmark shards (`--merge a.json b.json …`), printed as JSON.
 */
export async function aggregateCommand(io: CliIo, args: string[]): Promise<ExitCode> {
  const parsed = parseCliArgs(args, AGGREGATE_OPTIONS);
  if (!parsed.ok) return usageError(io, parsed.message);
  const { help, by, shard, merge } = parsed.values;
  const minGroup = parsed.values['min-group'];
  if (help === true) {
    io.stdout(AGGREGATE_USAGE);
    return ExitCode.ok;
  }
  if (typeof minGroup === 'string' && !/^[1-9]\d*$/.test(minGroup)) return usageError(io, `--min-group takes a whole number of at least 1 (got '${minGroup}')`);
  const minGroupSize = typeof minGroup === 'string' ? Number(minGroup) : undefined;

  if (merge === true) {
    if (by !== undefined) return usageError(io, '--by does not go with --merge: the benchmarks say what they group by');
    if (parsed.positionals.length === 0) return usageError(io, '--merge needs the benchmark files to merge');
    return mergeBenchmarkFiles(io, parsed.positionals, { shard: shard === true, ...(minGroupSize !== undefined ? { minGroupSize } : {}) });
  }
  const [file, extra] = parsed.positionals;
  if (file === undefined) return usageError(io, 'missing argument <profiles.ndjson>');
  if (extra !== undefined) return usageError(io, `unexpected argument '${extra}' (to merge benchmarks, add --merge)`);
  if (typeof by !== 'string') return usageError(io, 'missing --by, the question ids to segment by (e.g. --by market,company_size)');
  const ids = parseBy(by);
  if (!ids.ok) return usageError(io, ids.message);
  return aggregateProfiles(io, file, { by: ids.value, minGroupSize: minGroupSize ?? DEFAULT_MIN_GROUP_SIZE, shard: shard === true });
}
