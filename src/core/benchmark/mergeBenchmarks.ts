import { createIssue, type Issue, type Result } from '../errors';
import type { PeerBenchmark } from './benchmark.types';
import { BENCHMARK_FORMAT, BENCHMARK_FORMAT_VERSION, normaliseMinGroupSize } from './benchmarkFormat';
import { checkPeerBenchmark } from './checkPeerBenchmark';
import { publishBenchmark } from './publishBenchmark';
import { createSegmentTable } from './segmentTable';
import { segmentValues } from './segmentKey';

/** Options of `mergeBenchmarks`. */
export interface MergeBenchmarksOptions {
  /** Return a shard (every segment, for merging again) instead of a published benchmark. */
  shard?: boolean;
  /** The minimum group size of the result; by default the largest of the inputs', so merging never lowers it. */
  minGroupSize?: number;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item, index) => item === b[index]);

/** Why benchmark `position` cannot be merged with the first one; empty when it can. */
function mergeIssues(first: PeerBenchmark, benchmark: PeerBenchmark, position: number): Issue[] {
  const issues: Issue[] = [];
  if (benchmark.questionnaire.id !== first.questionnaire.id)
    issues.push(createIssue('questionnaire_mismatch', [position, 'questionnaire', 'id'], { expected: first.questionnaire.id, received: benchmark.questionnaire.id }));
  if (!sameList(benchmark.by, first.by)) issues.push(createIssue('by_mismatch', [position, 'by'], { expected: first.by, received: benchmark.by }));
  // A published benchmark with segments withheld has lost those respondents from its children only: adding it would miscount.
  if (!benchmark.shard && benchmark.withheld > 0) issues.push(createIssue('benchmark_withheld', [position, 'withheld'], { withheld: benchmark.withheld }));
  return [...issues, ...checkPeerBenchmark(benchmark, [position])];
}

/**
 * Merges benchmarks computed on separate shards of respondents into one, exactly: counts and
 * histograms add. Refuses, with issues whose paths start at the benchmark's position (`[1].by`), a
 * published benchmark that withheld segments, another `by`, another questionnaire, or a histogram
 * that is not 101 bins. The result is published (small segments withheld, see `publishBenchmark`)
 * unless `shard` is set. Never throws.
 * @example
 * const merged = mergeBenchmarks([shardA, shardB], { minGroupSize: 20 });
 * if (merged.ok) writeFileSync('benchmark.json', JSON.stringify(merged.value));
 */
export function mergeBenchmarks(benchmarks: readonly PeerBenchmark[], options: MergeBenchmarksOptions = {}): Result<PeerBenchmark> {
  const [first] = benchmarks;
  if (first === undefined) return { ok: false, issues: [createIssue('too_small', [], { minimum: 1, origin: 'array' })] };
  const issues = benchmarks.flatMap((benchmark, position) => mergeIssues(first, benchmark, position));
  if (issues.length > 0) return { ok: false, issues };

  const table = createSegmentTable(first.by);
  for (const benchmark of benchmarks) {
    for (const segment of benchmark.segments) {
      const totals = table.segment(segmentValues(first.by, segment.key)!);
      totals.count += segment.count;
      segment.index.forEach((count, bin) => {
        totals.index[bin]! += count;
      });
      for (const [dimensionId, histogram] of Object.entries(segment.dimensions)) {
        const sum = table.dimension(totals, dimensionId);
        histogram.forEach((count, bin) => {
          sum[bin]! += count;
        });
      }
    }
  }
  const versions = new Set(benchmarks.flatMap((benchmark) => benchmark.questionnaire.versions));
  const minGroupSize = normaliseMinGroupSize(options.minGroupSize ?? Math.max(...benchmarks.map((benchmark) => benchmark.minGroupSize)));
  const merged: PeerBenchmark = {
    format: BENCHMARK_FORMAT,
    formatVersion: BENCHMARK_FORMAT_VERSION,
    questionnaire: { id: first.questionnaire.id, versions: [...versions].sort() },
    by: [...first.by],
    minGroupSize,
    shard: true,
    withheld: 0,
    segments: table.toSegments(),
  };
  return { ok: true, value: options.shard === true ? merged : publishBenchmark(merged, minGroupSize), issues: [] };
}
