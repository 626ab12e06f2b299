import * as z from 'zod/mini';
import { createIssue, type Issue } from '../errors';
import { fromZodIssues } from '../questionnaire/zodIssues';
import type { PeerBenchmark } from './benchmark.types';
import { checkPeerBenchmark } from './checkPeerBenchmark';
import { PeerBenchmarkSchema } from './peerBenchmark.schema';

/**
 * Reads a benchmark file (parsed JSON, or its text) and returns the typed benchmark or every issue
 * found, each with a code and a path (`segments[3].index[7]`): the format and its version, 101-bin
 * histograms of whole counts, counts that hold their histograms, keys that are prefixes of `by`.
 * Never throws; the value returned is a copy holding only the format's fields.
 * @example
 * const parsed = parsePeerBenchmark(await response.json());
 * if (parsed.ok) findPeerSegment(parsed.value, answers);
 */
export function parsePeerBenchmark(json: unknown): { ok: true; value: PeerBenchmark } | { ok: false; issues: Issue[] } {
  let data = json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json);
    } catch (error) {
      return { ok: false, issues: [createIssue('invalid_json', [], { detail: error instanceof Error ? error.message : String(error) })] };
    }
  }
  const parsed = z.safeParse(PeerBenchmarkSchema, data);
  if (!parsed.success) return { ok: false, issues: fromZodIssues(parsed.error.issues, data) };
  const benchmark = parsed.data as PeerBenchmark;
  const issues = checkPeerBenchmark(benchmark);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: benchmark };
}
