import type { ScoreHistogram } from './benchmark.types';

/** Bins of a score histogram: one per whole score 0–100. */
export const HISTOGRAM_BINS = 101;

/** The bin a 0–100 score falls in: the score rounded, held within 0–100. */
export function binOf(score: number): number {
  return Math.min(HISTOGRAM_BINS - 1, Math.max(0, Math.round(score)));
}

/** An empty histogram: 101 zero counts. */
export function emptyHistogram(): ScoreHistogram {
  return new Array<number>(HISTOGRAM_BINS).fill(0);
}

/** How many scores a histogram counts. */
export function histogramTotal(histogram: ScoreHistogram): number {
  let total = 0;
  for (const count of histogram) total += count;
  return total;
}

/**
 * The share of peers, in whole percent rounded down, whose score falls in a lower bin than `score`:
 * "ahead of 72 % of peers". Rounded down so it never claims more than the counts show; null when the
 * histogram counts nobody.
 * @example peerPercentile(histogram, 64) // 72
 */
export function peerPercentile(histogram: ScoreHistogram, score: number): number | null {
  const total = histogramTotal(histogram);
  if (total === 0) return null;
  const bin = binOf(score);
  let below = 0;
  for (let index = 0; index < bin; index += 1) below += histogram[index] ?? 0;
  return Math.floor((below * 100) / total);
}

/**
 * The peers' median score: the lowest bin at which at least half the peers are counted; null when the
 * histogram counts nobody.
 * @example histogramMedian(segment.dimensions.platforms) // 55
 */
export function histogramMedian(histogram: ScoreHistogram): number | null {
  const total = histogramTotal(histogram);
  if (total === 0) return null;
  let seen = 0;
  for (let bin = 0; bin < histogram.length; bin += 1) {
    seen += histogram[bin] ?? 0;
    if (seen * 2 >= total) return bin;
  }
  return histogram.length - 1;
}
