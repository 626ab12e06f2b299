import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binOf, emptyHistogram, histogramMedian, peerPercentile } from '../../../src/core';

const score = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true }), fc.constantFrom(0.5, 49.5, 99.5, 0.49999999999999994));

function histogramOf(scores: readonly number[]) {
  const histogram = emptyHistogram();
  for (const value of scores) histogram[binOf(value)]! += 1;
  return histogram;
}

describe('the percentile shown matches the histogram', () => {
  it('peerPercentile is the share of raw scores in a lower bin, rounded down', () => {
    fc.assert(
      fc.property(fc.array(score, { minLength: 1, maxLength: 300 }), score, (scores, mine) => {
        const below = scores.filter((value) => Math.round(value) < Math.round(mine)).length;
        expect(peerPercentile(histogramOf(scores), mine)).toBe(Math.floor((100 * below) / scores.length));
      }),
      { numRuns: 500, seed: 14 },
    );
  });

  it('histogramMedian is the lowest bin holding at least half of the raw scores at or below it', () => {
    fc.assert(
      fc.property(fc.array(score, { minLength: 1, maxLength: 300 }), (scores) => {
        const bins = scores.map((value) => Math.round(value)).sort((a, b) => a - b);
        // The ⌈n/2⌉-th smallest bin: the first at which half are counted.
        expect(histogramMedian(histogramOf(scores))).toBe(bins[Math.ceil(bins.length / 2) - 1]);
      }),
      { numRuns: 500, seed: 14 },
    );
  });

  it('gives no percentile or median for a histogram that counts nobody', () => {
    expect(peerPercentile(emptyHistogram(), 50)).toBeNull();
    expect(histogramMedian(emptyHistogram())).toBeNull();
  });

  it('puts a score in the bin JavaScript rounds it to, halves upward', () => {
    expect([0.49999999999999994, 0.5, 2.5, 99.5, 100].map(binOf)).toEqual([0, 1, 3, 100, 100]);
  });
});
