import * as z from 'zod/mini';

/*
 * The shape of a benchmark file. What the shape cannot say (101 bins, counts that hold their
 * histograms, keys that are prefixes of `by`, no segment twice) is checked after it, in
 * checkPeerBenchmark.ts, so each problem gets its own code and path.
 */

/** A count: a whole number, zero or more. */
const CountSchema = z.int().check(z.gte(0));

/** Counts per score bin. */
export const ScoreHistogramSchema = z.array(CountSchema);

/** One segment: its key, respondents, and histograms. */
export const PeerSegmentSchema = z.strictObject({
  key: z.record(z.string(), z.nullable(z.string())),
  count: CountSchema,
  index: ScoreHistogramSchema,
  dimensions: z.record(z.string(), ScoreHistogramSchema),
});

/** A benchmark file, shard or published. */
export const PeerBenchmarkSchema = z.strictObject({
  format: z.literal('readiness-kit/benchmark'),
  formatVersion: z.literal(1),
  questionnaire: z.strictObject({ id: z.string(), versions: z.array(z.string()) }),
  by: z.array(z.string()),
  minGroupSize: z.int().check(z.gte(1)),
  shard: z.boolean(),
  withheld: CountSchema,
  segments: z.array(PeerSegmentSchema),
});
