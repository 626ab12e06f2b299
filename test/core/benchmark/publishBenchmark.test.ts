import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyHistogram, publishBenchmark, type PeerBenchmark, type PeerSegment } from '../../../src/core';

function segment(key: PeerSegment['key'], count: number): PeerSegment {
  const index = emptyHistogram();
  index[50] = count;
  return { key, count, index, dimensions: {} };
}

function shardOf(segments: PeerSegment[]): PeerBenchmark {
  return {
    format: 'readiness-kit/benchmark',
    formatVersion: 1,
    questionnaire: { id: 'q', versions: ['1.0.0'] },
    by: ['market', 'company_size'],
    minGroupSize: 20,
    shard: true,
    withheld: 0,
    segments,
  };
}

const keysOf = (benchmark: PeerBenchmark) => benchmark.segments.map((s) => s.key);

describe('publishBenchmark', () => {
  it('withholds segments under the minimum and everything beneath them', () => {
    const shard = shardOf([
      segment({}, 80),
      segment({ market: 'b2b' }, 60),
      segment({ market: 'b2c' }, 20),
      segment({ market: 'b2b', company_size: 'small' }, 30),
      segment({ market: 'b2b', company_size: 'large' }, 30),
      segment({ market: 'b2c', company_size: 'small' }, 12),
      segment({ market: 'b2c', company_size: 'large' }, 8),
    ]);
    const published = publishBenchmark(shard, 20);
    expect(keysOf(published)).toEqual([
      {},
      { market: 'b2b' },
      { market: 'b2c' },
      { market: 'b2b', company_size: 'small' },
      { market: 'b2b', company_size: 'large' },
    ]);
    expect(published).toMatchObject({ shard: false, withheld: 2, minGroupSize: 20 });
  });

  it('withholds the smallest shown child too when the rest of its parent could be worked out by subtraction', () => {
    // b2b 40 − small 21 = 19 people in "large": withholding large alone would give them away.
    const shard = shardOf([
      segment({}, 100),
      segment({ market: 'b2b' }, 40),
      segment({ market: 'b2c' }, 60),
      segment({ market: 'b2b', company_size: 'small' }, 21),
      segment({ market: 'b2b', company_size: 'large' }, 19),
      segment({ market: 'b2c', company_size: 'small' }, 25),
      segment({ market: 'b2c', company_size: 'medium' }, 22),
      segment({ market: 'b2c', company_size: null }, 13),
    ]);
    const published = publishBenchmark(shard, 20);
    // Under b2c, 60 − 25 − 22 = 13 would show; withholding medium (the smaller) leaves 35.
    expect(keysOf(published)).toEqual([{}, { market: 'b2b' }, { market: 'b2c' }, { market: 'b2c', company_size: 'small' }]);
    expect(published.withheld).toBe(4);
  });

  it('withholds everything when even the whole population is under the minimum', () => {
    const published = publishBenchmark(shardOf([segment({}, 19), segment({ market: 'b2b' }, 19), segment({ market: 'b2b', company_size: 'small' }, 19)]), 20);
    expect(published.segments).toEqual([]);
    expect(published.withheld).toBe(3);
  });

  it('adds to what an earlier publication withheld, and rounds a fractional minimum up', () => {
    const once = publishBenchmark(shardOf([segment({}, 40), segment({ market: 'b2b' }, 25), segment({ market: 'b2c' }, 15)]), 10);
    expect(once.withheld).toBe(0);
    const twice = publishBenchmark(once, 19.2);
    expect(twice.minGroupSize).toBe(20);
    // b2c (15) is under 20; then 40 − 25 = 15 is too, so b2b goes as well.
    expect(keysOf(twice)).toEqual([{}]);
    expect(twice.withheld).toBe(2);
  });

  it('keeps its promise on any tree: shown segments reach the minimum and so does every remainder of a shown parent', () => {
    const cell = fc.integer({ min: 0, max: 45 });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 30 }), (markets, minimum) => {
        const segments = [segment({}, markets.flat().reduce((a, b) => a + b, 0))];
        markets.forEach((sizes, m) => {
          segments.push(segment({ market: `m${m}` }, sizes.reduce((a, b) => a + b, 0)));
          sizes.forEach((count, s) => segments.push(segment({ market: `m${m}`, company_size: `s${s}` }, count)));
        });
        const published = publishBenchmark(shardOf(segments), minimum);
        const shown = new Map(published.segments.map((s) => [JSON.stringify(s.key), s]));
        for (const s of published.segments) {
          expect(s.count).toBeGreaterThanOrEqual(minimum);
          const entries = Object.entries(s.key);
          const parentKey = JSON.stringify(Object.fromEntries(entries.slice(0, -1)));
          if (entries.length > 0) expect(shown.has(parentKey)).toBe(true);
          const depth = entries.length;
          const children = published.segments.filter(
            (child) => Object.keys(child.key).length === depth + 1 && entries.every(([id, value]) => child.key[id] === value),
          );
          const rest = s.count - children.reduce((sum, child) => sum + child.count, 0);
          expect(rest === 0 || rest >= minimum).toBe(true);
        }
        expect(published.withheld).toBe(segments.length - published.segments.length);
      }),
      { numRuns: 400, seed: 14 },
    );
  });
});
