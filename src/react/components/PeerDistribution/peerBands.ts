import { HISTOGRAM_BINS, type ScoreHistogram } from '../../../core';

/** A band of whole scores `from`–`to` (both included) and how many peers scored in it. */
export interface PeerBand {
  from: number;
  to: number;
  count: number;
}

/**
 * Groups a 101-bin histogram into bands of `width` points for reading (0–9, 10–19 … 90–100): the last
 * band takes the top score as well, so no band of a single score stands alone. A width outside 1–100
 * is held within it; a fraction is rounded.
 * @example peerBands(segment.index, 25) // [{ from: 0, to: 24, count: 3 }, …, { from: 75, to: 100, count: 12 }]
 */
export function peerBands(histogram: ScoreHistogram, width: number): PeerBand[] {
  const size = Math.min(100, Math.max(1, Math.round(Number.isFinite(width) ? width : 10)));
  const top = HISTOGRAM_BINS - 1;
  const count = Math.max(1, Math.floor(top / size));
  return Array.from({ length: count }, (_, index) => {
    const from = index * size;
    const to = index === count - 1 ? top : from + size - 1;
    let total = 0;
    for (let bin = from; bin <= to; bin += 1) total += histogram[bin] ?? 0;
    return { from, to, count: total };
  });
}
