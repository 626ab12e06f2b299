import { describe, expect, it } from 'vitest';
import { createBenchmarkBuilder, parsePeerBenchmark, type PeerBenchmark, type ProfileRecord } from '../../src/core';
import { generateRecords } from '../core/benchmark/profileRecords';
import { fileError, hasNoStackTrace, runInMemory } from './fixtures';

const records = generateRecords(800, 41);
const ndjson = (lines: readonly (ProfileRecord | string)[]) => lines.map((line) => (typeof line === 'string' ? line : JSON.stringify(line))).join('\n') + '\n';

function builtFrom(lines: readonly ProfileRecord[], by = ['market', 'company_size']) {
  const builder = createBenchmarkBuilder({ by });
  for (const record of lines) builder.add(record);
  return builder;
}

function benchmarkOf(stdout: string): PeerBenchmark {
  const parsed = parsePeerBenchmark(stdout);
  if (!parsed.ok) throw new Error(`not a benchmark: ${JSON.stringify(parsed.issues)}`);
  return parsed.value;
}

describe('readiness-kit aggregate', () => {
  it('prints the benchmark of a file of profiles, small segments withheld, and says what it left out', async () => {
    const { code, stdout, stderr } = await runInMemory(['aggregate', 'profiles.ndjson', '--by', 'market,company_size'], { 'profiles.ndjson': ndjson(records) });
    expect(code).toBe(0);
    const expected = builtFrom(records).toBenchmark({ minGroupSize: 20 });
    expect(benchmarkOf(stdout)).toEqual(expected);
    const provisional = records.filter((record) => record.provisional).length;
    expect(stderr).toContain(`readiness-kit: ${provisional} provisional profiles not counted\n`);
    expect(stderr).toMatch(/readiness-kit: \d+ segments? withheld: fewer than 20 respondents\n/);
    expect(stdout.endsWith('}\n')).toBe(true);
  });

  it('reads standard input for -, and takes --min-group', async () => {
    const { code, stdout } = await runInMemory(['aggregate', '-', '--by', 'market', '--min-group', '5'], { '-': ndjson(records) });
    expect(code).toBe(0);
    expect(benchmarkOf(stdout)).toEqual(builtFrom(records, ['market']).toBenchmark({ minGroupSize: 5 }));
  });

  it('prints a shard with every segment for --shard', async () => {
    const { code, stdout, stderr } = await runInMemory(['aggregate', 'p.ndjson', '--by', 'market,company_size', '--shard'], { 'p.ndjson': ndjson(records) });
    expect(code).toBe(0);
    expect(benchmarkOf(stdout)).toEqual(builtFrom(records).toShard());
    expect(stderr).not.toContain('withheld');
  });

  it('reports each bad line with its number and code, skips it, counts the rest and exits 1', async () => {
    const [a, b, c, d, e] = records.filter((record) => !record.provisional);
    const lines = [a!, b!, '{"questionnaire": ', { ...c!, index: 'high' } as unknown as ProfileRecord, d!, '', { ...e!, questionnaire: 'other@1.0.0' }, { ...e!, segment: { market: 'b2b' } }, e!];
    const { code, stdout, stderr } = await runInMemory(['aggregate', 'p.ndjson', '--by', 'market,company_size', '--min-group', '1'], { 'p.ndjson': ndjson(lines) });
    expect(code).toBe(1);
    expect(stderr).toContain('p.ndjson:3: is not valid JSON');
    expect(stderr).toContain('[invalid_json]');
    expect(stderr).toContain('p.ndjson:4: index: expected number, received string [invalid_type]');
    expect(stderr).toContain('p.ndjson:7: questionnaire: is for questionnaire "other", not "b2b-social-media" like the rest [questionnaire_mismatch]');
    expect(stderr).toContain('p.ndjson:8: segment.company_size: has no "company_size" to group by (null when unanswered) [missing_segment_answer]');
    expect(stderr).toContain('readiness-kit: 4 bad lines skipped in p.ndjson');
    expect(stderr).not.toContain('p.ndjson:6');
    expect(benchmarkOf(stdout)).toEqual(builtFrom([a!, b!, d!, e!]).toBenchmark({ minGroupSize: 1 }));
    expect(hasNoStackTrace(stderr)).toBe(true);
  });

  it('reports the first 100 bad lines and counts the others, so a wrong file does not flood the terminal', async () => {
    const lines = Array.from({ length: 110 }, () => '{"answers": {}}');
    const { code, stderr } = await runInMemory(['aggregate', 'answers.ndjson', '--by', 'market'], { 'answers.ndjson': ndjson(lines) });
    expect(code).toBe(1);
    expect(stderr).toContain('answers.ndjson:100: ');
    expect(stderr).not.toContain('answers.ndjson:101: ');
    expect(stderr).toContain('answers.ndjson: … and 10 more bad lines\n');
    expect(stderr).toContain('no profile records in answers.ndjson');
  });

  it('says why a file cannot be read and prints nothing', async () => {
    const missing = await runInMemory(['aggregate', 'nope.ndjson', '--by', 'market']);
    expect(missing).toMatchObject({ code: 1, stdout: '' });
    expect(missing.stderr).toBe('readiness-kit: cannot read nope.ndjson: no such file [file_not_found]\n');
    const denied = await runInMemory(['aggregate', 'secret.ndjson', '--by', 'market'], { 'secret.ndjson': fileError('EACCES') });
    expect(denied.stderr).toContain('permission denied [permission_denied]');
    const empty = await runInMemory(['aggregate', 'empty.ndjson', '--by', 'market'], { 'empty.ndjson': '' });
    expect(empty).toMatchObject({ code: 1, stdout: '' });
  });

  it.each([
    [['aggregate', 'p.ndjson'], 'missing --by'],
    [['aggregate', '--by', 'market'], 'missing argument <profiles.ndjson>'],
    [['aggregate', 'p.ndjson', '--by', 'market,'], '--by takes question ids'],
    [['aggregate', 'p.ndjson', '--by', 'market,market'], "--by names 'market' twice"],
    [['aggregate', 'p.ndjson', '--by', 'market', '--min-group', '0'], '--min-group takes a whole number of at least 1'],
    [['aggregate', 'p.ndjson', '--by', 'market', '--min-group', 'ten'], '--min-group takes a whole number'],
    [['aggregate', 'a.ndjson', 'b.ndjson', '--by', 'market'], "unexpected argument 'b.ndjson' (to merge benchmarks, add --merge)"],
    [['aggregate', '--merge', 'a.json', '--by', 'market'], '--by does not go with --merge'],
    [['aggregate', '--merge'], '--merge needs the benchmark files'],
    [['aggregate', 'p.ndjson', '--by', 'market', '--min'], "unknown option '--min'"],
  ])('is a usage error (exit 2): %j', async (argv, message) => {
    const { code, stdout, stderr } = await runInMemory(argv, { 'p.ndjson': ndjson(records) });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`readiness-kit: aggregate: ${message}`);
    expect(stderr).toContain("Run 'readiness-kit aggregate --help' for usage.");
  });

  it('has help of its own, and is listed in the main help', async () => {
    const help = await runInMemory(['aggregate', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: readiness-kit aggregate <profiles.ndjson|-> --by <ids>');
    expect(help.stdout).toContain('--merge');
    expect((await runInMemory(['help'])).stdout).toContain('aggregate <profiles.ndjson|-> --by <ids>');
    expect((await runInMemory(['frobnicate'])).stderr).toMatch(/commands: .*aggregate/);
  });
});

describe('readiness-kit aggregate --merge', () => {
  const parts = [records.slice(0, 250), records.slice(250, 500), records.slice(500)];

  async function shardFiles(): Promise<Record<string, string>> {
    const files: Record<string, string> = {};
    for (const [index, part] of parts.entries()) {
      const { code, stdout } = await runInMemory(['aggregate', 'p.ndjson', '--by', 'market,company_size', '--shard'], { 'p.ndjson': ndjson(part) });
      expect(code).toBe(0);
      files[`shard-${index}.json`] = stdout;
    }
    return files;
  }

  it('merges shards into exactly the benchmark of all their profiles', async () => {
    const files = await shardFiles();
    const published = await runInMemory(['aggregate', '--merge', ...Object.keys(files)], files);
    expect(published.code).toBe(0);
    expect(benchmarkOf(published.stdout)).toEqual(builtFrom(records).toBenchmark({ minGroupSize: 20 }));
    expect(published.stderr).toContain('withheld: fewer than 20 respondents');
    const shard = await runInMemory(['aggregate', '--merge', ...Object.keys(files), '--shard'], files);
    expect(benchmarkOf(shard.stdout)).toEqual(builtFrom(records).toShard());
  });

  it('refuses a published benchmark with segments withheld, naming the file', async () => {
    const files = await shardFiles();
    const published = await runInMemory(['aggregate', 'p.ndjson', '--by', 'market,company_size'], { 'p.ndjson': ndjson(records) });
    const withheld = benchmarkOf(published.stdout).withheld;
    const { code, stdout, stderr } = await runInMemory(['aggregate', '--merge', 'shard-0.json', 'published.json'], { ...files, 'published.json': published.stdout });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(`published.json\n✖ withheld: is published with ${withheld} segment(s) withheld`);
    expect(stderr).toContain('[benchmark_withheld]');
    expect(stderr).not.toContain('shard-0.json');
  });

  it('refuses shards grouped by other questions, and files that are not benchmarks, each under its name', async () => {
    const files = await shardFiles();
    const byMarket = await runInMemory(['aggregate', 'p.ndjson', '--by', 'market', '--shard'], { 'p.ndjson': ndjson(parts[0]!) });
    const broken = JSON.parse(files['shard-1.json']!);
    broken.segments[2].index.pop();
    const result = await runInMemory(['aggregate', '--merge', 'shard-0.json', 'market.json', 'broken.json', 'notes.json', 'gone.json'], {
      ...files,
      'market.json': byMarket.stdout,
      'broken.json': JSON.stringify(broken),
      'notes.json': 'not json',
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('broken.json\n✖ segments[2].index: has 100 bins, expected 101 [wrong_histogram_length]');
    expect(result.stderr).toContain('notes.json\n✖ (root): is not valid JSON');
    expect(result.stderr).toContain('cannot read gone.json: no such file [file_not_found]');
    // Mismatched `by` is found once every file reads as a benchmark.
    const mismatch = await runInMemory(['aggregate', '--merge', 'shard-0.json', 'market.json'], { ...files, 'market.json': byMarket.stdout });
    expect(mismatch.code).toBe(1);
    expect(mismatch.stderr).toContain('market.json\n✖ by: groups by "market", not "market", "company_size" like the first benchmark [by_mismatch]');
  });

  it('keeps the largest --min-group of its shards unless told otherwise', async () => {
    const strict = await runInMemory(['aggregate', 'p.ndjson', '--by', 'market,company_size', '--shard', '--min-group', '60'], { 'p.ndjson': ndjson(parts[0]!) });
    const files = { ...(await shardFiles()), 'shard-0.json': strict.stdout };
    const merged = await runInMemory(['aggregate', '--merge', ...Object.keys(files)], files);
    expect(benchmarkOf(merged.stdout).minGroupSize).toBe(60);
    const lowered = await runInMemory(['aggregate', '--merge', ...Object.keys(files), '--min-group', '10'], files);
    expect(benchmarkOf(lowered.stdout)).toEqual(builtFrom(records).toBenchmark({ minGroupSize: 10 }));
  });
});
