/** The `format` tag every benchmark file carries. */
export const BENCHMARK_FORMAT = 'readiness-kit/benchmark';

/** The benchmark format's version this kit reads and writes. */
export const BENCHMARK_FORMAT_VERSION = 1;

/** Segments with fewer respondents than this are withheld unless a benchmark says otherwise. */
export const DEFAULT_MIN_GROUP_SIZE = 20;

/**
 * A minimum group size as a whole number of at least 1: a fraction is rounded up and anything that is
 * not a number falls back to the default, so a host's mistake never publishes a smaller group.
 * @example normaliseMinGroupSize(2.5) // 3
 */
export function normaliseMinGroupSize(minGroupSize: number | undefined): number {
  if (typeof minGroupSize !== 'number' || Number.isNaN(minGroupSize)) return DEFAULT_MIN_GROUP_SIZE;
  return Math.max(1, Math.ceil(minGroupSize));
}
