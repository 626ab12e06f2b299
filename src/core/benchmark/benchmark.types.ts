/**
 * Counts of scores in 101 bins, one per whole score 0–100 (a score is rounded to its bin). Counts add,
 * so histograms computed on separate shards merge exactly.
 */
export type ScoreHistogram = number[];

/** The respondents of one segment: who they are, how many, and their scores as histograms. */
export interface PeerSegment {
  /**
   * The segment's answers by question id, for a prefix of the benchmark's `by` (`{}` is everyone,
   * `{ market: 'b2b' }` all business sellers, `{ market: 'b2b', company_size: 'small' }` …); null is
   * "not answered".
   */
  key: Record<string, string | null>;
  /** Respondents in the segment (non-provisional profiles only). */
  count: number;
  /** The readiness index, 101 bins. */
  index: ScoreHistogram;
  /** Each dimension's score, 101 bins; a respondent without a score there is not counted in it. */
  dimensions: Record<string, ScoreHistogram>;
}

/**
 * Peer benchmarks as data: per segment, exact histograms of the index and each dimension. A `shard`
 * keeps every segment, for merging; a published benchmark withholds segments below `minGroupSize`,
 * so no respondent can be singled out.
 */
export interface PeerBenchmark {
  format: 'readiness-kit/benchmark';
  /** The format's version; 1 today. */
  formatVersion: 1;
  /** The questionnaire the profiles were scored on. */
  questionnaire: { id: string; versions: string[] };
  /** The question ids segments are keyed by, coarsest first; every prefix has its segments. */
  by: string[];
  /** Segments with fewer respondents than this are withheld (default 20). */
  minGroupSize: number;
  /** True for a shard: nothing withheld yet, not to be published, made to be merged. */
  shard: boolean;
  /** How many segments were withheld for having fewer than `minGroupSize` respondents. */
  withheld: number;
  segments: PeerSegment[];
}
