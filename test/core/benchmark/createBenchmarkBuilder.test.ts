import { describe, expect, it } from 'vitest';
import { createBenchmarkBuilder, type PeerSegment, type ProfileRecord } from '../../../src/core';
import { DIMENSIONS, generateRecords } from './profileRecords';

/** The segment of `key`, computed straight from the records it covers: what every builder segment must equal. */
function bruteForceSegment(records: readonly ProfileRecord[], key: PeerSegment['key']): PeerSegment {
  const members = records.filter((record) => !record.provisional && Object.entries(key).every(([id, value]) => record.segment[id] === value));
  const histogramOf = (scores: (number | null)[]) => {
    const histogram = new Array<number>(101).fill(0);
    for (const score of scores) if (score !== null) histogram[Math.min(100, Math.max(0, Math.round(score)))]! += 1;
    return histogram;
  };
  return {
    key,
    count: members.length,
    index: histogramOf(members.map((record) => record.index)),
    dimensions: Object.fromEntries(DIMENSIONS.map((id) => [id, histogramOf(members.map((record) => record.dimensions[id] ?? null))])),
  };
}

const baseRecord: ProfileRecord = {
  questionnaire: 'b2b-social-media@2.0.0',
  index: 50,
  tier: null,
  provisional: false,
  completeness: 1,
  dimensions: { platforms: 40 },
  axes: {},
  fit: 'unknown',
  segment: { market: 'b2b', company_size: 'small' },
  recommendations: [],
};

describe('createBenchmarkBuilder', () => {
  const records = generateRecords(1500, 3);

  it('gives every prefix of `by` its segments, each equal to a count made straight from the raw records', () => {
    const builder = createBenchmarkBuilder({ by: ['market', 'company_size'] });
    for (const record of records) expect(builder.add(record)).toEqual([]);
    const shard = builder.toShard();
    const counted = records.filter((record) => !record.provisional);
    const expectedKeys = new Set(
      counted.flatMap((record) => [
        JSON.stringify({}),
        JSON.stringify({ market: record.segment.market }),
        JSON.stringify({ market: record.segment.market, company_size: record.segment.company_size }),
      ]),
    );
    expect(shard.segments.map((segment) => JSON.stringify(segment.key)).sort()).toEqual([...expectedKeys].sort());
    for (const segment of shard.segments) expect(segment).toEqual(bruteForceSegment(records, segment.key));
    expect(shard.segments[0]).toMatchObject({ key: {}, count: counted.length });
  });

  it('counts provisional profiles nowhere and says how many it left out', () => {
    const builder = createBenchmarkBuilder({ by: ['market'] });
    for (const record of records) builder.add(record);
    const provisional = records.filter((record) => record.provisional).length;
    expect(provisional).toBeGreaterThan(0);
    expect(builder.totals()).toEqual({ counted: records.length - provisional, provisional });
  });

  it('describes the shard: questionnaire id, the versions counted, `by`, nothing withheld', () => {
    const builder = createBenchmarkBuilder({ by: ['market'] });
    for (const record of records) builder.add(record);
    expect(builder.toShard({ minGroupSize: 50 })).toMatchObject({
      format: 'readiness-kit/benchmark',
      formatVersion: 1,
      questionnaire: { id: 'b2b-social-media', versions: ['2.0.0', '2.1.0'] },
      by: ['market'],
      minGroupSize: 50,
      shard: true,
      withheld: 0,
    });
  });

  it('refuses a record of another questionnaire, and one without an answer field for a `by` question', () => {
    const builder = createBenchmarkBuilder({ by: ['market', 'company_size'], questionnaire: 'b2b-social-media' });
    const other = builder.add({ ...baseRecord, questionnaire: 'other@1.0.0' });
    expect(other.map(({ code, path, params }) => ({ code, path, params }))).toEqual([
      { code: 'questionnaire_mismatch', path: 'questionnaire', params: { expected: 'b2b-social-media', received: 'other' } },
    ]);
    const missing = builder.add({ ...baseRecord, segment: { market: 'b2b' } });
    expect(missing.map(({ code, path }) => ({ code, path }))).toEqual([{ code: 'missing_segment_answer', path: 'segment.company_size' }]);
    expect(builder.totals()).toEqual({ counted: 0, provisional: 0 });
    expect(builder.toShard().segments).toEqual([]);
  });

  it('takes the questionnaire from the first record when not told, and refuses others after it', () => {
    const builder = createBenchmarkBuilder({ by: [] });
    expect(builder.add(baseRecord)).toEqual([]);
    expect(builder.add({ ...baseRecord, questionnaire: 'b2b-social-media@3.0.0' })).toEqual([]);
    expect(builder.add({ ...baseRecord, questionnaire: 'fixture@1.0.0' })[0]?.code).toBe('questionnaire_mismatch');
    expect(builder.toShard().questionnaire).toEqual({ id: 'b2b-social-media', versions: ['2.0.0', '3.0.0'] });
  });

  it('groups unanswered segment questions as null and counts a respondent without an index in the count only', () => {
    const builder = createBenchmarkBuilder({ by: ['market'] });
    builder.add({ ...baseRecord, index: null, dimensions: { platforms: null }, segment: { market: null } });
    const [everyone, unanswered] = builder.toShard().segments;
    expect(unanswered?.key).toEqual({ market: null });
    expect(everyone?.count).toBe(1);
    expect(everyone?.index.every((count) => count === 0)).toBe(true);
    // The dimension is listed, with nobody in it, so shards always have the same histograms to add.
    expect(everyone?.dimensions.platforms?.every((count) => count === 0)).toBe(true);
  });

  it('refuses a score that is not a number, or an answer that is not text, rather than miscounting it', () => {
    const builder = createBenchmarkBuilder({ by: [] });
    const issues = builder.add({ ...baseRecord, dimensions: { platforms: Number.NaN } });
    expect(issues.map(({ code, path, params }) => ({ code, path, params }))).toEqual([
      { code: 'invalid_type', path: 'dimensions.platforms', params: { expected: 'number or null', received: 'NaN' } },
    ]);
    const answer = createBenchmarkBuilder({ by: ['market'] }).add({ ...baseRecord, segment: { market: 3 as unknown as string } });
    expect(answer.map(({ code, path }) => ({ code, path }))).toEqual([{ code: 'invalid_type', path: 'segment.market' }]);
    expect(builder.totals().counted).toBe(0);
  });

  it('publishes with small segments withheld', () => {
    const builder = createBenchmarkBuilder({ by: ['market', 'company_size'] });
    for (const record of records) builder.add(record);
    const shard = builder.toShard();
    const published = builder.toBenchmark({ minGroupSize: 20 });
    expect(published.shard).toBe(false);
    expect(published.withheld).toBe(shard.segments.length - published.segments.length);
    expect(published.withheld).toBeGreaterThan(0);
    expect(published.segments.every((segment) => segment.count >= 20)).toBe(true);
  });
});
