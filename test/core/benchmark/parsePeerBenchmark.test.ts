import { describe, expect, it } from 'vitest';
import { createBenchmarkBuilder, parsePeerBenchmark, type PeerBenchmark } from '../../../src/core';
import { generateRecords } from './profileRecords';

function validBenchmark(): PeerBenchmark {
  const builder = createBenchmarkBuilder({ by: ['market', 'company_size'] });
  for (const record of generateRecords(400, 5)) builder.add(record);
  return builder.toShard();
}

/** The benchmark as JSON data, changed by `edit`. */
function broken(edit: (json: any) => void): unknown {
  const json = JSON.parse(JSON.stringify(validBenchmark()));
  edit(json);
  return json;
}

function issuesOf(input: unknown) {
  const parsed = parsePeerBenchmark(input);
  if (parsed.ok) throw new Error('expected issues');
  return parsed.issues.map(({ code, path }) => ({ code, path }));
}

describe('parsePeerBenchmark', () => {
  it('reads what the builder writes, as data or as text', () => {
    const benchmark = validBenchmark();
    expect(parsePeerBenchmark(JSON.parse(JSON.stringify(benchmark)))).toEqual({ ok: true, value: benchmark });
    expect(parsePeerBenchmark(JSON.stringify(benchmark))).toEqual({ ok: true, value: benchmark });
  });

  it('names the format and its version when a file is something else', () => {
    expect(issuesOf(null)).toEqual([{ code: 'invalid_type', path: '' }]);
    expect(issuesOf('{"format":')).toEqual([{ code: 'invalid_json', path: '' }]);
    expect(issuesOf(broken((json) => (json.format = 'readiness-kit/profile')))).toEqual([{ code: 'invalid_value', path: 'format' }]);
    expect(issuesOf(broken((json) => (json.formatVersion = 2)))).toEqual([{ code: 'invalid_value', path: 'formatVersion' }]);
    expect(issuesOf(broken((json) => delete json.by))).toEqual([{ code: 'missing_field', path: 'by' }]);
    expect(issuesOf(broken((json) => (json.minGroupsize = 20)))).toEqual([{ code: 'unknown_field', path: 'minGroupsize' }]);
    expect(issuesOf(broken((json) => (json.minGroupSize = 0)))).toEqual([{ code: 'too_small', path: 'minGroupSize' }]);
  });

  it('points at the very bin of a count that is negative or not whole', () => {
    expect(issuesOf(broken((json) => (json.segments[3].index[7] = -1)))).toEqual([{ code: 'too_small', path: 'segments[3].index[7]' }]);
    const fraction = parsePeerBenchmark(broken((json) => (json.segments[2].dimensions.content[40] = 1.5)));
    expect(!fraction.ok && fraction.issues.map(({ code, path, params }) => ({ code, path, expected: params.expected }))).toEqual([
      { code: 'invalid_type', path: 'segments[2].dimensions.content[40]', expected: 'integer' },
    ]);
    expect(issuesOf(broken((json) => (json.segments[0].count = '12')))).toEqual([{ code: 'invalid_type', path: 'segments[0].count' }]);
  });

  it('needs 101 bins in every histogram', () => {
    const issues = parsePeerBenchmark(broken((json) => json.segments[1].index.pop()));
    expect(!issues.ok && issues.issues.map(({ code, path, params }) => ({ code, path, params }))).toEqual([
      { code: 'wrong_histogram_length', path: 'segments[1].index', params: { expected: 101, received: 100 } },
    ]);
  });

  it('refuses a histogram that counts more scores than its segment has respondents', () => {
    const issues = parsePeerBenchmark(
      broken((json) => {
        json.segments[4].dimensions.platforms[60] += json.segments[4].count + 1;
      }),
    );
    expect(!issues.ok && issues.issues.map(({ code, path }) => ({ code, path }))).toEqual([{ code: 'count_below_histogram', path: 'segments[4].dimensions.platforms' }]);
  });

  it('refuses keys that are not a prefix of `by`, and a segment given twice', () => {
    expect(issuesOf(broken((json) => (json.segments[1].key = { company_size: 'small' })))).toEqual([{ code: 'segment_key_not_prefix', path: 'segments[1].key' }]);
    expect(issuesOf(broken((json) => (json.segments[1].key = { market: 'b2b', role: 'owner' })))).toEqual([{ code: 'segment_key_not_prefix', path: 'segments[1].key' }]);
    const twice = parsePeerBenchmark(broken((json) => json.segments.push(json.segments[2])));
    expect(!twice.ok && twice.issues.map(({ code, params }) => ({ code, params }))).toEqual([{ code: 'duplicate_segment', params: { firstPath: 'segments[2].key' } }]);
    expect(issuesOf(broken((json) => (json.by = ['market', 'market'])))).toContainEqual({ code: 'duplicate_id', path: 'by[1]' });
  });

  it('accepts a key whose fields come in another order: JSON objects have no order', () => {
    const benchmark = validBenchmark();
    const index = benchmark.segments.findIndex((segment) => Object.keys(segment.key).length === 2);
    const segment = benchmark.segments[index]!;
    const reordered = { ...benchmark, segments: benchmark.segments.map((s, i) => (i === index ? { ...s, key: { company_size: segment.key.company_size!, market: segment.key.market! } } : s)) };
    expect(parsePeerBenchmark(reordered).ok).toBe(true);
  });
});
