import { describeType } from '../describeType';
import { createIssue, type Issue } from '../errors';
import type { PeerBenchmark } from './benchmark.types';
import type { BenchmarkRecord } from './benchmarkRecord.types';
import { BENCHMARK_FORMAT, BENCHMARK_FORMAT_VERSION, normaliseMinGroupSize } from './benchmarkFormat';
import { binOf } from './histogram';
import { publishBenchmark } from './publishBenchmark';
import { splitQuestionnaireRef } from './questionnaireRef';
import { createSegmentTable } from './segmentTable';

/** Options of `createBenchmarkBuilder`. */
export interface BenchmarkBuilderOptions {
  /** The question ids to segment by, coarsest first (`['market', 'company_size']`); every prefix gets its segments. */
  by: readonly string[];
  /** The questionnaire id records must be for; without it, the first record's. */
  questionnaire?: string;
}

/** Options of `BenchmarkBuilder.toBenchmark`. */
export interface ToBenchmarkOptions {
  /** Segments with fewer respondents are withheld (default 20); see `publishBenchmark`. */
  minGroupSize?: number;
}

/** Adds profile records one at a time into a benchmark's histograms. */
export interface BenchmarkBuilder {
  /**
   * Counts a record in its segments. Returns the issues of a record that does not fit (another
   * questionnaire, no answer field for a `by` question, a score or answer of the wrong type), which is
   * then not counted; an empty list otherwise. A provisional record fits but is not counted.
   */
  add: (record: BenchmarkRecord) => Issue[];
  /** How many records were counted, and how many were left out as provisional. */
  totals: () => { counted: number; provisional: number };
  /** Everything so far as a shard: every segment, nothing withheld, for merging; `minGroupSize` is kept for the publisher. */
  toShard: (options?: ToBenchmarkOptions) => PeerBenchmark;
  /** Everything so far as a benchmark to publish, small segments withheld (see `publishBenchmark`). */
  toBenchmark: (options?: ToBenchmarkOptions) => PeerBenchmark;
}

const isScore = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** The issue of a score that is neither a number nor null, or undefined. */
function scoreIssue(value: unknown, path: (string | number)[]): Issue | undefined {
  if (value === null || isScore(value)) return undefined;
  return createIssue('invalid_type', path, { expected: 'number or null', received: describeType(value) });
}

/**
 * Builds a peer benchmark from profile records (the lines of `readiness-kit score --ndjson`), in memory
 * that grows with the number of segments, never with the number of records.
 * @example
 * const builder = createBenchmarkBuilder({ by: ['market', 'company_size'] });
 * for (const record of records) builder.add(record);
 * const benchmark = builder.toBenchmark({ minGroupSize: 20 });
 */
export function createBenchmarkBuilder(options: BenchmarkBuilderOptions): BenchmarkBuilder {
  const by = [...options.by];
  const table = createSegmentTable(by);
  const versions = new Set<string>();
  let questionnaireId = options.questionnaire;
  let counted = 0;
  let provisional = 0;

  const check = (record: BenchmarkRecord): Issue[] => {
    const { id } = splitQuestionnaireRef(record.questionnaire);
    if (questionnaireId !== undefined && id !== questionnaireId)
      return [createIssue('questionnaire_mismatch', ['questionnaire'], { expected: questionnaireId, received: id })];
    const issues: Issue[] = [];
    for (const questionId of by) {
      const value = Object.hasOwn(record.segment, questionId) ? record.segment[questionId] : undefined;
      if (value === undefined) issues.push(createIssue('missing_segment_answer', ['segment', questionId], { id: questionId }));
      else if (value !== null && typeof value !== 'string')
        issues.push(createIssue('invalid_type', ['segment', questionId], { expected: 'string or null', received: describeType(value) }));
    }
    const index = scoreIssue(record.index, ['index']);
    if (index) issues.push(index);
    for (const [dimensionId, score] of Object.entries(record.dimensions)) {
      const issue = scoreIssue(score, ['dimensions', dimensionId]);
      if (issue) issues.push(issue);
    }
    return issues;
  };

  const add = (record: BenchmarkRecord): Issue[] => {
    const issues = check(record);
    if (issues.length > 0) return issues;
    const { id, version } = splitQuestionnaireRef(record.questionnaire);
    questionnaireId ??= id;
    if (record.provisional) {
      provisional += 1;
      return [];
    }
    counted += 1;
    versions.add(version);
    const values = by.map((questionId) => record.segment[questionId] ?? null);
    const indexBin = record.index === null ? undefined : binOf(record.index);
    const dimensionBins = Object.entries(record.dimensions).map(([dimensionId, score]) => [dimensionId, score === null ? undefined : binOf(score)] as const);
    for (let depth = 0; depth <= by.length; depth += 1) {
      const totals = table.segment(values.slice(0, depth));
      totals.count += 1;
      if (indexBin !== undefined) totals.index[indexBin]! += 1;
      for (const [dimensionId, bin] of dimensionBins) {
        if (bin === undefined) table.noteDimension(dimensionId);
        else table.dimension(totals, dimensionId)[bin]! += 1;
      }
    }
    return [];
  };

  const toShard = ({ minGroupSize }: ToBenchmarkOptions = {}): PeerBenchmark => ({
    format: BENCHMARK_FORMAT,
    formatVersion: BENCHMARK_FORMAT_VERSION,
    questionnaire: { id: questionnaireId ?? '', versions: [...versions].sort() },
    by: [...by],
    minGroupSize: normaliseMinGroupSize(minGroupSize),
    shard: true,
    withheld: 0,
    segments: table.toSegments(),
  });

  return {
    add,
    totals: () => ({ counted, provisional }),
    toShard,
    toBenchmark: ({ minGroupSize } = {}) => publishBenchmark(toShard(), minGroupSize),
  };
}
