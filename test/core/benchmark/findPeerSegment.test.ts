import { describe, expect, it } from 'vitest';
import { emptyHistogram, findPeerSegment, type PeerBenchmark, type PeerSegment } from '../../../src/core';

function segment(key: PeerSegment['key'], count: number): PeerSegment {
  return { key, count, index: emptyHistogram(), dimensions: {} };
}

const benchmark: PeerBenchmark = {
  format: 'readiness-kit/benchmark',
  formatVersion: 1,
  questionnaire: { id: 'b2b-social-media', versions: ['2.0.0'] },
  by: ['market', 'company_size'],
  minGroupSize: 20,
  shard: false,
  withheld: 0,
  segments: [
    segment({}, 500),
    segment({ market: 'b2b' }, 300),
    segment({ market: 'b2c' }, 19),
    segment({ market: 'b2b', company_size: 'small' }, 120),
    segment({ market: 'b2b', company_size: 'large' }, 12),
  ],
};

describe('findPeerSegment', () => {
  it('picks the most specific segment matching every answer', () => {
    expect(findPeerSegment(benchmark, { market: 'b2b', company_size: 'small' })?.count).toBe(120);
  });

  it('falls back to a coarser group when the specific one is too small to show', () => {
    expect(findPeerSegment(benchmark, { market: 'b2b', company_size: 'large' })?.key).toEqual({ market: 'b2b' });
  });

  it('falls back to everyone when the market group itself is below the minimum', () => {
    expect(findPeerSegment(benchmark, { market: 'b2c', company_size: 'small' })?.key).toEqual({});
  });

  it('compares a respondent who left a segment question blank with the coarser group, not with "unanswered" peers', () => {
    expect(findPeerSegment(benchmark, { market: 'b2b' })?.key).toEqual({ market: 'b2b' });
    expect(findPeerSegment(benchmark, { company_size: 'small' })?.key).toEqual({});
  });

  it('finds nothing when no group is large enough, so no small group is ever shown', () => {
    const tiny: PeerBenchmark = { ...benchmark, segments: benchmark.segments.map((s) => ({ ...s, count: 5 })) };
    expect(findPeerSegment(tiny, { market: 'b2b', company_size: 'small' })).toBeNull();
  });

  it('ignores answers that are not a single choice, and inherited properties', () => {
    const answers = Object.create({ market: 'b2b' }) as Record<string, string>;
    expect(findPeerSegment(benchmark, answers)?.key).toEqual({});
    expect(findPeerSegment(benchmark, { market: ['b2b'] as never })?.key).toEqual({});
  });
});
