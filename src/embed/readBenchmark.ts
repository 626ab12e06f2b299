import { parsePeerBenchmark, type Issue, type PeerBenchmark } from '../core';

/** Peer benchmarks the element found: one to use, the issues of one it cannot use, or none. */
export type EmbeddedBenchmark = { benchmark: PeerBenchmark } | { issues: Issue[] } | null;

/** The selector of the inline benchmark: a JSON script child marked `data-benchmark`. */
export const BENCHMARK_SCRIPT = ':scope > script[type="application/json"][data-benchmark]';

/** Reads a benchmark from JSON text: the benchmark, or the issues of text that is not JSON or not a benchmark. */
export function benchmarkFromText(text: string): Exclude<EmbeddedBenchmark, null> {
  const parsed = parsePeerBenchmark(text);
  return parsed.ok ? { benchmark: parsed.value } : { issues: parsed.issues };
}

/**
 * Reads the optional `<script type="application/json" data-benchmark>` child holding peer benchmarks
 * (`readiness-kit aggregate` output). Like the definition, it is data, never executed, and needs no
 * request: null when there is none.
 */
export function readBenchmark(element: Element): EmbeddedBenchmark {
  const script = element.querySelector(BENCHMARK_SCRIPT);
  return script ? benchmarkFromText(script.textContent ?? '') : null;
}
