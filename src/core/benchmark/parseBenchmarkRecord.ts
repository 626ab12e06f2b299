import * as z from 'zod/mini';
import type { Result } from '../errors';
import { fromZodIssues } from '../questionnaire/zodIssues';
import type { BenchmarkRecord } from './benchmarkRecord.types';
import { BenchmarkRecordSchema } from './benchmarkRecord.schema';

/**
 * Reads one profile record (a parsed line of `readiness-kit score --ndjson`) for a
 * benchmark: checks the fields a benchmark reads (`questionnaire` as `id@version`, `provisional`,
 * `index` and `dimensions` as 0–100 or null, `segment`) and ignores the rest. Never throws.
 * @example
 * const parsed = parseBenchmarkRecord(JSON.parse(line));
 * if (parsed.ok) builder.add(parsed.value);
 */
export function parseBenchmarkRecord(data: unknown): Result<BenchmarkRecord> {
  const parsed = z.safeParse(BenchmarkRecordSchema, data);
  if (!parsed.success) return { ok: false, issues: fromZodIssues(parsed.error.issues, data) };
  return { ok: true, value: parsed.data, issues: [] };
}
