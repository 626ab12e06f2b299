import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createBenchmarkBuilder, parsePeerBenchmark, type ProfileRecord } from '../../src/core';
import { runInMemory } from './fixtures';

const ANSWERS = new URL('../../examples/answers/', import.meta.url);
const personas = readdirSync(ANSWERS)
  .filter((file) => file.endsWith('.json'))
  .map((file) => JSON.parse(readFileSync(new URL(file, ANSWERS), 'utf8')) as Record<string, unknown>);
const SIZES = ['micro', 'small', 'medium', 'large'];

describe('score --ndjson | aggregate', () => {
  it('aggregates exactly the profile records the batch scorer writes', async () => {
    // Each persona 40 times, spread over company sizes, so some segments reach 20 and some do not.
    const answers = personas.flatMap((persona, p) =>
      Array.from({ length: 40 }, (_, copy) => JSON.stringify({ ...persona, id: `p${p}-${copy}`, company_size: SIZES[(copy * (p + 1)) % SIZES.length] })),
    );
    const scored = await runInMemory(['score', '--ndjson', 'answers.ndjson'], { 'answers.ndjson': `${answers.join('\n')}\n` });
    expect(scored.code).toBe(0);
    const records = scored.stdout.trim().split('\n').map((line) => JSON.parse(line) as ProfileRecord);
    expect(records).toHaveLength(answers.length);

    const aggregated = await runInMemory(['aggregate', '-', '--by', 'market,company_size'], { '-': scored.stdout });
    expect(aggregated.code).toBe(0);
    const parsed = parsePeerBenchmark(aggregated.stdout);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const builder = createBenchmarkBuilder({ by: ['market', 'company_size'] });
    for (const record of records) expect(builder.add(record)).toEqual([]);
    expect(parsed.value).toEqual(builder.toBenchmark());
    const counted = records.filter((record) => !record.provisional).length;
    expect(parsed.value.segments[0]).toMatchObject({ key: {}, count: counted });
    expect(parsed.value.questionnaire.id).toBe('b2b-social-media');
    expect(Object.keys(parsed.value.segments[0]!.dimensions).length).toBeGreaterThan(0);
  });
});
