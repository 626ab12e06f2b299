import { capIssues } from '../capIssues';
import type { Result } from '../errors';
import { isStackOverflow } from '../questionnaire/isStackOverflow';
import { listValidationIssues } from '../questionnaire/issueList';
import { readJsonValue, tooDeepAtRoot } from '../questionnaire/readJsonInput';
import { safeParseLarge } from '../questionnaire/safeParseLarge';
import type { BenchmarkRecord } from './benchmarkRecord.types';
import { BenchmarkRecordSchema } from './benchmarkRecord.schema';

/**
 * Reads one profile record (a parsed line of `readiness-kit score --ndjson`) for a
 * benchmark: checks the fields a benchmark reads (`questionnaire` as `id@version`, `provisional`,
 * `index` and `dimensions` as 0–100 or null, `segment`) and ignores the rest. A non-finite score is a
 * `not_finite` issue at its path, nesting past `LIMITS.maxDepth` one `too_deep` issue; at most
 * `LIMITS.maxIssues` issues, then one `more_issues`. Never throws.
 * @example
 * const parsed = parseBenchmarkRecord(JSON.parse(line));
 * if (parsed.ok) builder.add(parsed.value);
 */
export function parseBenchmarkRecord(data: unknown): Result<BenchmarkRecord> {
  const json = readJsonValue(data, { copy: false });
  if (!json.ok) return { ok: false, issues: capIssues(json.issues) };
  try {
    const parsed = safeParseLarge(BenchmarkRecordSchema, json.data);
    if (!parsed.success) return { ok: false, issues: listValidationIssues(json.notFinite, parsed.drafts) };
    // A non-finite number in a field the record ignores: the record is still read, without it.
    return { ok: true, value: parsed.data, issues: [] };
  } catch (error) {
    if (isStackOverflow(error)) return { ok: false, issues: [tooDeepAtRoot()] };
    throw error;
  }
}
