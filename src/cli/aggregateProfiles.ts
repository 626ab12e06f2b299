import { createBenchmarkBuilder, parseBenchmarkRecord } from '../core';
import type { CliIo } from './cli.types';
import { ExitCode } from './exitCodes';
import { processFile } from './processFile';
import { countOf, readNdjsonFile } from './readNdjsonFile';
import { BIN } from './usage';
import { withheldNote } from './withheldNote';

/** Options of `aggregate` on a file of profiles, already checked. */
export interface AggregateProfilesOptions {
  by: string[];
  minGroupSize: number;
  /** Print a shard (every segment, for merging) instead of a benchmark to publish. */
  shard: boolean;
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/**
 * `readiness-kit aggregate <profiles.ndjson|-> --by …`: reads profile records line by line (memory grows
 * with segments, not lines) and prints the benchmark as JSON. A bad line is reported with its number
 * and code and skipped; the benchmark of the rest is still printed, and the exit code is 1.
 */
export async function aggregateProfiles(io: CliIo, file: string, options: AggregateProfilesOptions): Promise<ExitCode> {
  const builder = createBenchmarkBuilder({ by: options.by });
  const pass = await readNdjsonFile(io, file, (value) => {
    const record = parseBenchmarkRecord(value);
    return record.ok ? builder.add(record.value) : record.issues;
  });
  if (pass === null) return ExitCode.invalidInput;
  if (pass.badLines > 0) io.stderr(`${BIN}: ${countOf(pass.badLines, 'bad line')} skipped in ${pass.name}\n`);

  const { counted, provisional } = builder.totals();
  if (counted + provisional === 0) {
    io.stderr(`${BIN}: no profile records in ${pass.name}: nothing to aggregate\n`);
    return ExitCode.invalidInput;
  }
  if (provisional > 0) io.stderr(`${BIN}: ${countOf(provisional, 'provisional profile')} not counted\n`);
  // Built from the file's records: if the kit fails on them, that file is reported, exit 1.
  const built = processFile(io, pass.name, () => {
    const shard = builder.toShard({ minGroupSize: options.minGroupSize });
    const benchmark = options.shard ? shard : builder.toBenchmark({ minGroupSize: options.minGroupSize });
    return { shard, benchmark, json: JSON.stringify(benchmark), note: options.shard ? '' : withheldNote(shard, benchmark) };
  });
  if (!built.ok) return ExitCode.invalidInput;
  const { shard, json, note } = built.value;
  io.stderr(`${BIN}: ${countOf(counted, 'profile')} counted in ${countOf(shard.segments.length, 'segment')}\n`);
  if (note) io.stderr(note);
  io.stdout(`${json}\n`);
  return pass.badLines > 0 ? ExitCode.invalidInput : ExitCode.ok;
}
