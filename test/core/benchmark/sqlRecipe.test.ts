import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBenchmarkBuilder, parsePeerBenchmark, type PeerBenchmark } from '../../../src/core';
import { generateRecords } from './profileRecords';

/** The documented recipe, exactly as docs/benchmarks.md shows it; only the file it reads is pointed at the test data. */
const RECIPE = readFileSync(new URL('../../../docs/benchmarks.sql', import.meta.url), 'utf8');

async function runRecipe(file: string): Promise<PeerBenchmark> {
  expect(RECIPE.split("'profiles.ndjson'").length).toBe(2);
  const sql = RECIPE.replace("'profiles.ndjson'", `'${file.replaceAll("'", "''")}'`);
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const rows = (await connection.runAndReadAll(sql)).getRowObjectsJson();
    expect(rows).toHaveLength(1);
    const parsed = parsePeerBenchmark(String(rows[0]!.benchmark));
    if (!parsed.ok) throw new Error(`the recipe wrote an invalid benchmark: ${JSON.stringify(parsed.issues)}`);
    return parsed.value;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

describe('the SQL recipe (docs/benchmarks.sql) in DuckDB', () => {
  const records = generateRecords(4000, 2026);
  let directory: string;
  let file: string;

  beforeAll(() => {
    directory = mkdtempSync(join(tmpdir(), 'rk-benchmark-sql-'));
    file = join(directory, 'profiles.ndjson');
    writeFileSync(file, records.map((record) => `${JSON.stringify(record)}\n`).join(''));
  });
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('gives the same benchmark as the kit: segments, counts, histograms, withholding', async () => {
    const builder = createBenchmarkBuilder({ by: ['market', 'company_size'] });
    for (const record of records) expect(builder.add(record)).toEqual([]);
    const kit = builder.toBenchmark({ minGroupSize: 20 });
    const shard = builder.toShard();
    // The data exercises both withholding rules: small segments, and big ones withheld so a small rest cannot be subtracted out.
    const shownKeys = new Set(kit.segments.map((segment) => JSON.stringify(segment.key)));
    const withheldBig = shard.segments.filter((segment) => segment.count >= 20 && !shownKeys.has(JSON.stringify(segment.key)));
    expect(withheldBig.length).toBeGreaterThan(0);
    expect(shard.segments.some((segment) => segment.count < 20)).toBe(true);
    expect(kit.segments.some((segment) => segment.key.market === null)).toBe(true);

    const sql = await runRecipe(file);
    expect(sql).toEqual(kit);
  });

  it('is the recipe docs/benchmarks.md walks through: each step it names, and the binning it quotes', () => {
    const doc = readFileSync(new URL('../../../docs/benchmarks.md', import.meta.url), 'utf8');
    const table = doc.slice(doc.indexOf('| step | what it does |'));
    const steps = [...table.matchAll(/^\| ((?:`\w+`(?:, )?)+) \|/gm)].flatMap((match) => [...match[1]!.matchAll(/`(\w+)`/g)].map((name) => name[1]!));
    expect(steps.length).toBeGreaterThan(5);
    for (const step of steps) expect(RECIPE).toMatch(new RegExp(`^${step} AS \\(`, 'm'));
    const binning = /`(CASE WHEN score < 0\.5 [^`]+)`/.exec(doc)?.[1];
    expect(binning).toBeDefined();
    expect(RECIPE).toContain(binning);
  });
});
