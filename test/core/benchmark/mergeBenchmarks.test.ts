import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBenchmarkBuilder, mergeBenchmarks, type PeerBenchmark, type ProfileRecord } from '../../../src/core';
import { generateRecords } from './profileRecords';

const BY = ['market', 'company_size'];

function shardOf(records: readonly ProfileRecord[], by: string[] = BY): PeerBenchmark {
  const builder = createBenchmarkBuilder({ by });
  for (const record of records) builder.add(record);
  return builder.toShard();
}

const issuesOf = (result: ReturnType<typeof mergeBenchmarks>) => result.issues.map(({ code, path }) => ({ code, path }));

describe('mergeBenchmarks', () => {
  const records = generateRecords(600, 9);

  it('gives exactly the benchmark of the whole, however the respondents are split into shards', () => {
    const whole = shardOf(records);
    const wholePublished = publishedOf(records);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: records.length, maxLength: records.length }), (assignment) => {
        const shards = [0, 1, 2, 3].map((shard) => shardOf(records.filter((_, index) => assignment[index] === shard)));
        const merged = mergeBenchmarks(shards, { shard: true });
        expect(merged.ok && merged.value).toEqual(whole);
        const published = mergeBenchmarks(shards, { minGroupSize: 20 });
        expect(published.ok && published.value).toEqual(wholePublished);
      }),
      { numRuns: 25, seed: 14 },
    );
  });

  it('merges merged shards again: merging is associative', () => {
    const [a, b, c] = [records.slice(0, 100), records.slice(100, 350), records.slice(350)].map((part) => shardOf(part));
    const ab = mergeBenchmarks([a!, b!], { shard: true });
    if (!ab.ok) throw new Error('expected a merge');
    const abc = mergeBenchmarks([ab.value, c!], { shard: true });
    expect(abc.ok && abc.value).toEqual(shardOf(records));
  });

  it('keeps the largest minimum group size of its inputs unless told otherwise', () => {
    const a = { ...shardOf(records.slice(0, 300)), minGroupSize: 30 };
    const b = shardOf(records.slice(300));
    const merged = mergeBenchmarks([a, b]);
    expect(merged.ok && merged.value.minGroupSize).toBe(30);
    expect(merged.ok && merged.value.segments.every((segment) => segment.count >= 30)).toBe(true);
    const lower = mergeBenchmarks([a, b], { minGroupSize: 5 });
    expect(lower.ok && lower.value.minGroupSize).toBe(5);
  });

  it('merges a published benchmark that withheld nothing', () => {
    const a = { ...shardOf(records.slice(0, 300)), shard: false };
    const merged = mergeBenchmarks([a, shardOf(records.slice(300))], { shard: true });
    expect(merged.ok && merged.value).toEqual(shardOf(records));
  });

  it('refuses a published benchmark with withheld segments: its counts are no longer whole', () => {
    const published = publishedOf(records);
    expect(published.withheld).toBeGreaterThan(0);
    const merged = mergeBenchmarks([shardOf(records), published]);
    expect(merged.ok).toBe(false);
    expect(issuesOf(merged)).toEqual([{ code: 'benchmark_withheld', path: '[1].withheld' }]);
  });

  it('refuses another `by`, another questionnaire, and histograms that are not 101 bins', () => {
    const base = shardOf(records.slice(0, 50));
    const otherBy = shardOf(records.slice(50, 100), ['company_size']);
    const otherQuestionnaire = { ...base, questionnaire: { id: 'fixture', versions: ['1.0.0'] } };
    const shortHistogram: PeerBenchmark = {
      ...base,
      segments: base.segments.map((segment, index) => (index === 1 ? { ...segment, dimensions: { ...segment.dimensions, platforms: segment.index.slice(0, 100) } } : segment)),
    };
    const merged = mergeBenchmarks([base, otherBy, otherQuestionnaire, shortHistogram]);
    expect(merged.ok).toBe(false);
    expect(issuesOf(merged)).toEqual([
      { code: 'by_mismatch', path: '[1].by' },
      { code: 'questionnaire_mismatch', path: '[2].questionnaire.id' },
      { code: 'wrong_histogram_length', path: '[3].segments[1].dimensions.platforms' },
    ]);
    expect(merged.issues[0]?.params).toEqual({ expected: BY, received: ['company_size'] });
  });

  it('refuses an empty list rather than invent a benchmark', () => {
    expect(issuesOf(mergeBenchmarks([]))).toEqual([{ code: 'too_small', path: '' }]);
  });
});

function publishedOf(records: readonly ProfileRecord[]): PeerBenchmark {
  const builder = createBenchmarkBuilder({ by: BY });
  for (const record of records) builder.add(record);
  return builder.toBenchmark({ minGroupSize: 20 });
}
