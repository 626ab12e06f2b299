import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBenchmarkBuilder, LIMITS, parseBenchmarkRecord, parsePeerBenchmark, type Issue, type PeerBenchmark } from '../../../src/core';
import { generateRecords } from './profileRecords';

/*
 * The benchmark readers under hostile input: `1e999` named `not_finite` at its path, any depth one
 * `too_deep` issue (never `invalid_json` "Maximum call stack size exceeded"), and any number of
 * issues cut to `LIMITS.maxIssues` and one `more_issues`, never a throw.
 */

function validBenchmark(): PeerBenchmark {
  const builder = createBenchmarkBuilder({ by: ['market'] });
  for (const record of generateRecords(200, 3)) builder.add(record);
  return builder.toShard();
}

const record = { questionnaire: 'social@1.0.0', provisional: false, index: 50, dimensions: { platforms: 40 }, segment: { market: 'b2b' } };
const summary = (issues: readonly Issue[]) => issues.map(({ code, path, params }) => ({ code, path, params }));
const issuesOf = (result: { ok: boolean; issues?: Issue[] }) => (result.ok ? [] : result.issues!);

describe('parsePeerBenchmark under hostile input', () => {
  afterEach(() => vi.restoreAllMocks());

  it('names 1e999 in a count as not_finite at its path, as text and as data', () => {
    const text = JSON.stringify(validBenchmark()).replace('"withheld":0', '"withheld":1e999');
    expect(summary(issuesOf(parsePeerBenchmark(text)))).toEqual([{ code: 'not_finite', path: 'withheld', params: { received: 'Infinity' } }]);
    const data = JSON.parse(JSON.stringify(validBenchmark()));
    data.segments[0].index[3] = Number.NaN;
    expect(summary(issuesOf(parsePeerBenchmark(data)))).toEqual([{ code: 'not_finite', path: 'segments[0].index[3]', params: { received: 'NaN' } }]);
  });

  it.each([5_001, 100_000])('reports a key nested %i levels deep as too_deep at its path, as text and as data', (depth) => {
    const text = JSON.stringify(validBenchmark()).replace('"withheld":0', `"withheld":${'['.repeat(depth)}0${']'.repeat(depth)}`);
    const expected = [expect.objectContaining({ code: 'too_deep', path: `withheld${'[0]'.repeat(LIMITS.maxDepth)}` })];
    expect(issuesOf(parsePeerBenchmark(text))).toEqual(expected);
    expect(issuesOf(parsePeerBenchmark(JSON.parse(text)))).toEqual(expected);
  });

  it('says too_deep, not invalid_json, where an engine’s JSON.parse runs out of stack', () => {
    const text = JSON.stringify(validBenchmark()).replace('"withheld":0', `"withheld":${'['.repeat(5_001)}0${']'.repeat(5_001)}`);
    vi.spyOn(JSON, 'parse').mockImplementationOnce(() => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    expect(issuesOf(parsePeerBenchmark(text))).toEqual([expect.objectContaining({ code: 'too_deep', path: `withheld${'[0]'.repeat(LIMITS.maxDepth)}` })]);
  });

  it('lists 100 of 800,000 missing fields in 200,000 empty segments, then how many more', () => {
    const data = { ...validBenchmark(), segments: Array.from({ length: 200_000 }, () => ({})) };
    const issues = issuesOf(parsePeerBenchmark(data));
    expect(issues).toHaveLength(LIMITS.maxIssues + 1);
    expect(issues[0]).toMatchObject({ code: 'missing_field', path: 'segments[0].key' });
    expect(issues[100]).toMatchObject({ code: 'more_issues', params: { count: 800_000 - 100 } });
  }, 30_000);

  it('finds each repeat in a `by` of 200,000 ids with a map, not a search per id, and lists 100 of them', () => {
    const data = { ...validBenchmark(), by: Array<string>(200_000).fill('market') };
    const issues = issuesOf(parsePeerBenchmark(data));
    expect(issues[0]).toMatchObject({ code: 'duplicate_id', path: 'by[1]', params: { id: 'market', firstPath: 'by[0]' } });
    expect(issues.at(-1)).toMatchObject({ code: 'more_issues' });
    expect(issues).toHaveLength(LIMITS.maxIssues + 1);
  }, 30_000);

  it('lists 100 of 100,000 bad bins of one histogram', () => {
    const data = JSON.parse(JSON.stringify(validBenchmark()));
    data.segments[0].index = Array<number>(100_000).fill(-1);
    const issues = issuesOf(parsePeerBenchmark(data));
    expect(issues.slice(0, 100).map((issue) => issue.path)).toEqual(Array.from({ length: 100 }, (_, bin) => `segments[0].index[${bin}]`));
    expect(issues[100]).toMatchObject({ code: 'more_issues', params: { count: 100_000 - 100 } });
  }, 30_000);
});

describe('parseBenchmarkRecord under hostile input', () => {
  it('names a non-finite score as not_finite at its path', () => {
    expect(summary(issuesOf(parseBenchmarkRecord({ ...record, index: Infinity })))).toEqual([{ code: 'not_finite', path: 'index', params: { received: 'Infinity' } }]);
    expect(summary(issuesOf(parseBenchmarkRecord({ ...record, dimensions: { platforms: -Infinity } })))).toEqual([
      { code: 'not_finite', path: 'dimensions.platforms', params: { received: '-Infinity' } },
    ]);
  });

  it('reads a record whose non-finite number is in a field a benchmark ignores', () => {
    expect(parseBenchmarkRecord({ ...record, kpis: [{ id: 'cpl', value: Infinity }] })).toMatchObject({ ok: true, value: record });
  });

  it.each([5_001, 100_000])('reports a field nested %i levels deep as too_deep, never a throw', (depth) => {
    let deep: unknown = 1;
    for (let level = 0; level < depth; level += 1) deep = { a: deep };
    expect(issuesOf(parseBenchmarkRecord({ ...record, extra: deep }))).toEqual([expect.objectContaining({ code: 'too_deep', path: `extra${'.a'.repeat(LIMITS.maxDepth)}` })]);
  });

  it('lists 100 of 200,000 bad dimension scores, then how many more', () => {
    const dimensions = Object.fromEntries(Array.from({ length: 200_000 }, (_, index) => [`d${index}`, 'high']));
    const issues = issuesOf(parseBenchmarkRecord({ ...record, dimensions }));
    expect(issues).toHaveLength(101);
    expect(issues[99]).toMatchObject({ code: 'invalid_type', path: 'dimensions.d99' });
    expect(issues[100]).toMatchObject({ code: 'more_issues', params: { count: 200_000 - 100 } });
  }, 30_000);

  it('reports a getter that throws as one issue, never a throw', () => {
    const hostile = { ...record };
    Object.defineProperty(hostile, 'index', { enumerable: true, get: () => { throw new Error('gotcha'); } });
    expect(summary(issuesOf(parseBenchmarkRecord(hostile)))).toEqual([{ code: 'invalid_json', path: '', params: { detail: 'gotcha' } }]);
  });
});
