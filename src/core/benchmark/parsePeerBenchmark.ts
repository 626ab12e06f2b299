import { capIssues } from '../capIssues';
import type { Issue } from '../errors';
import { isStackOverflow } from '../questionnaire/isStackOverflow';
import { listValidationIssues } from '../questionnaire/issueList';
import { readJsonText, readJsonValue, tooDeepAtRoot } from '../questionnaire/readJsonInput';
import { safeParseLarge } from '../questionnaire/safeParseLarge';
import type { PeerBenchmark } from './benchmark.types';
import { checkPeerBenchmark } from './checkPeerBenchmark';
import { PeerBenchmarkSchema } from './peerBenchmark.schema';

type Parsed = { ok: true; value: PeerBenchmark } | { ok: false; issues: Issue[] };

function validate(data: unknown, notFinite: Issue[]): Parsed {
  const parsed = safeParseLarge(PeerBenchmarkSchema, data);
  if (!parsed.success) return { ok: false, issues: listValidationIssues(notFinite, parsed.drafts) };
  // Never passed: a count or histogram bin must be a whole number, which a non-finite one is not.
  if (notFinite.length > 0) return { ok: false, issues: capIssues(notFinite) };
  const benchmark = parsed.data as PeerBenchmark;
  const issues = checkPeerBenchmark(benchmark);
  return issues.length > 0 ? { ok: false, issues: capIssues(issues) } : { ok: true, value: benchmark };
}

/**
 * Reads a benchmark file (parsed JSON, or its text) and returns the typed benchmark or the issues
 * found (at most `LIMITS.maxIssues`, then one `more_issues`), each with a code and a path
 * (`segments[3].index[7]`): the format and its version, 101-bin histograms of whole counts, counts
 * that hold their histograms, keys that are prefixes of `by`. Nesting past `LIMITS.maxDepth` is one
 * `too_deep` issue at its path and `1e999` a `not_finite` issue at its, whatever the depth or size.
 * Never throws; the value returned is a copy holding only the format's fields.
 * @example
 * const parsed = parsePeerBenchmark(await response.json());
 * if (parsed.ok) findPeerSegment(parsed.value, answers);
 */
export function parsePeerBenchmark(json: unknown): Parsed {
  // zod copies what it keeps, so an object needs no JSON round trip: only the walk for depth and numbers.
  const data = typeof json === 'string' ? readJsonText(json) : readJsonValue(json, { copy: false });
  if (!data.ok) return { ok: false, issues: capIssues(data.issues) };
  try {
    return validate(data.data, data.notFinite);
  } catch (error) {
    if (isStackOverflow(error)) return { ok: false, issues: [tooDeepAtRoot()] };
    throw error;
  }
}
