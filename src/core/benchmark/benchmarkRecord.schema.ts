import * as z from 'zod/mini';

/** A score on the 0–100 scale, or null where there is none. */
const ScoreSchema = z.nullable(z.number().check(z.gte(0), z.lte(100)));

/**
 * The fields of a profile record (a line of `readiness-kit score --ndjson`) that a benchmark reads.
 * The other fields (tier, axes, recommendations …) are the scorer's business: allowed, and dropped.
 */
export const BenchmarkRecordSchema = z.object({
  questionnaire: z.string().check(z.regex(/^.+@[^@]+$/)),
  provisional: z.boolean(),
  index: ScoreSchema,
  dimensions: z.record(z.string(), ScoreSchema),
  segment: z.record(z.string(), z.nullable(z.string())),
});
