import fc from 'fast-check';
import { afterAll, expect } from 'vitest';
import type { Issue, IssueCode } from '../../src/core';

/*
 * Shared by the fuzz suites: a fixed seed so `npm test` is reproducible, a run count that
 * `FUZZ_RUNS` raises for `npm run fuzz`, the checks every target must pass, and a tally printed
 * after each file so the counts show in the output.
 */

/** The seed of every property in `npm test`; `FUZZ_SEED` overrides it to explore further. */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20_260_601);

/** Runs per property: modest by default, `FUZZ_RUNS` for the long run. */
export function fuzzRuns(defaultRuns: number): number {
  const asked = Number(process.env.FUZZ_RUNS);
  return Number.isInteger(asked) && asked > 0 ? asked : defaultRuns;
}

/** Time allowed per property test: generous when `FUZZ_RUNS` asks for a long run. */
export const FUZZ_TIMEOUT = process.env.FUZZ_RUNS ? 3_600_000 : 30_000;

// Every IssueCode exactly once: the type checker fails when the union gains or loses a code.
const CODES: Record<IssueCode, true> = {
  invalid_json: true, too_deep: true, invalid_definition: true, storage_unavailable: true, invalid_type: true, missing_field: true, unknown_field: true, invalid_value: true,
  invalid_format: true, invalid_key: true, too_small: true, too_big: true, duplicate_id: true,
  reserved_id: true, unknown_dimension: true, unknown_axis: true, unknown_question: true, unknown_option: true,
  unknown_kpi: true, condition_on_later_question: true, condition_not_allowed: true,
  condition_type_mismatch: true, empty_condition: true, max_above_option_count: true, max_below_min: true, bands_not_rising: true, tiers_not_contiguous: true,
  kpi_not_number_question: true, fit_not_single_question: true, fit_missing_target: true, points_for_without_fit: true,
  unscored_dimension: true, quick_check_duplicate: true, quick_check_condition_outside: true, answer_wrong_type: true, too_many_options: true, duplicate_option: true,
  answer_out_of_range: true, not_an_integer: true, invalid_email: true, text_too_long: true, required: true,
  questionnaire_mismatch: true, missing_segment_answer: true, by_mismatch: true, benchmark_withheld: true,
  wrong_histogram_length: true, count_below_histogram: true, segment_key_not_prefix: true, duplicate_segment: true,
  benchmark_cross_origin: true, benchmark_unavailable: true, not_finite: true, more_issues: true, duplicate_locale: true,
  answer_too_long: true, unreadable_answer: true, snapshot_too_large: true, snapshot_kept_in_place: true,
};
const ISSUE_CODES = new Set<string>(Object.keys(CODES));

/** Counts per target: runs, accepted inputs, and rejections by issue code; printed after the file. */
export function createTally(file: string) {
  const counts = new Map<string, { runs: number; accepted: number; codes: Map<string, number> }>();
  const entry = (target: string) => {
    let found = counts.get(target);
    if (!found) counts.set(target, (found = { runs: 0, accepted: 0, codes: new Map() }));
    return found;
  };
  afterAll(() => {
    const lines = [...counts].map(([target, { runs, accepted, codes }]) => {
      const byCode = [...codes].sort((a, b) => b[1] - a[1]).map(([code, count]) => `${code}=${count}`).join(' ');
      return `  ${target}: ${runs} runs, ${accepted} accepted, ${runs - accepted} rejected${byCode ? ` (${byCode})` : ''}`;
    });
    console.log(`fuzz ${file} (seed ${FUZZ_SEED}):\n${lines.join('\n')}`);
  });
  /** Records one run and its outcome's labels (issue codes, exit codes), each once per run. */
  const recordOutcome = (target: string, accepted: boolean, labels: readonly string[]) => {
    const found = entry(target);
    found.runs += 1;
    if (accepted) found.accepted += 1;
    for (const label of new Set(labels)) found.codes.set(label, (found.codes.get(label) ?? 0) + 1);
  };
  return {
    recordOutcome,
    /** Records one run: accepted when there are no issues, else rejected with each issue's code. */
    record: (target: string, issues: readonly Issue[]) => recordOutcome(target, issues.length === 0, issues.map((issue) => issue.code)),
  };
}

/** Every issue has a known code, a string path matching its segments, and a message. */
export function expectCodedIssues(issues: readonly Issue[]): void {
  expect(Array.isArray(issues)).toBe(true);
  for (const issue of issues) {
    expect(ISSUE_CODES.has(issue.code), `unknown code ${String(issue.code)}`).toBe(true);
    expect(typeof issue.path).toBe('string');
    expect(Array.isArray(issue.segments)).toBe(true);
    expect(typeof issue.message).toBe('string');
  }
}

/** A rejection carries at least one coded issue; an acceptance none. */
export function expectResultShape(result: { ok: boolean; issues: readonly Issue[] }): void {
  expectCodedIssues(result.issues);
  if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
}

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort().join(',');

/** Object.prototype is as it was: no new own keys, enumerable or not, and no inherited sentinel. */
export function expectPrototypeIntact(): void {
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(Object.getOwnPropertyNames(Object.prototype).sort().join(',')).toBe(PROTOTYPE_KEYS);
  const probe: Record<string, unknown> = {};
  expect(probe.polluted).toBeUndefined();
  expect(probe.isAdmin).toBeUndefined();
  expect(Object.keys(Array.prototype)).toEqual([]);
}

/** `fc.assert`'s parameters: the suite's seed and run count. */
export function fuzzParameters(defaultRuns: number): fc.Parameters<unknown> {
  return { seed: FUZZ_SEED, numRuns: fuzzRuns(defaultRuns) };
}
