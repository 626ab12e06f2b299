import { createIssue, mergeBenchmarks, parsePeerBenchmark, publishBenchmark, type Issue, type PeerBenchmark } from '../core';
import type { CliIo } from './cli.types';
import { ExitCode } from './exitCodes';
import { processFile } from './processFile';
import { readJsonFile } from './readJsonFile';
import { formatIssueReport, formatReadFailure } from './reportIssues';
import { withheldNote } from './withheldNote';

/** Options of `aggregate --merge`, already checked. */
export interface MergeBenchmarkFilesOptions {
  /** The result's minimum group size; without it, the largest of the files'. */
  minGroupSize?: number;
  /** Print a shard instead of a benchmark to publish. */
  shard: boolean;
}

/** Reads and checks every file, reporting each problem under its file; the benchmarks, or undefined. */
async function readBenchmarks(io: CliIo, files: string[]): Promise<PeerBenchmark[] | undefined> {
  const benchmarks: PeerBenchmark[] = [];
  let failed = false;
  for (const file of files) {
    const read = await readJsonFile(io, file);
    const processed = read.ok ? processFile(io, file, () => parsePeerBenchmark(read.value)) : undefined;
    const parsed = processed?.ok ? processed.value : undefined;
    if (!read.ok) io.stderr(formatReadFailure(file, read));
    else if (parsed && !parsed.ok) io.stderr(formatIssueReport(file, parsed.issues));
    if (parsed?.ok) benchmarks.push(parsed.value);
    else failed = true;
  }
  return failed ? undefined : benchmarks;
}

/** A merge issue (`[1].by`) re-pathed inside its file (`by`), and the file's position. */
const withinFile = (issue: Issue): [number, Issue] => [Number(issue.segments[0]), createIssue(issue.code, issue.segments.slice(1), issue.params)];

/**
 * `readiness-kit aggregate --merge a.json b.json …`: adds the shards' histograms into one benchmark and
 * prints it as JSON. A file that cannot be read or merged (a published benchmark with segments withheld,
 * another `by` or questionnaire) is reported under its name, and nothing is printed.
 */
export async function mergeBenchmarkFiles(io: CliIo, files: string[], options: MergeBenchmarkFilesOptions): Promise<ExitCode> {
  const benchmarks = await readBenchmarks(io, files);
  if (benchmarks === undefined) return ExitCode.invalidInput;
  // Merged from the files' contents: if the kit fails on them, they are reported, exit 1.
  const merging = processFile(io, files.join(', '), () => mergeBenchmarks(benchmarks, { shard: true, ...(options.minGroupSize !== undefined ? { minGroupSize: options.minGroupSize } : {}) }));
  if (!merging.ok) return ExitCode.invalidInput;
  const shard = merging.value;
  if (!shard.ok) {
    const byFile = new Map<number, Issue[]>();
    for (const [position, issue] of shard.issues.map(withinFile)) byFile.set(position, [...(byFile.get(position) ?? []), issue]);
    for (const [position, issues] of byFile) io.stderr(formatIssueReport(files[position]!, issues));
    return ExitCode.invalidInput;
  }
  const published = processFile(io, files.join(', '), () => {
    const merged = options.shard ? shard.value : publishBenchmark(shard.value, shard.value.minGroupSize);
    return { json: JSON.stringify(merged), note: options.shard ? '' : withheldNote(shard.value, merged) };
  });
  if (!published.ok) return ExitCode.invalidInput;
  if (published.value.note) io.stderr(published.value.note);
  io.stdout(`${published.value.json}\n`);
  return ExitCode.ok;
}
