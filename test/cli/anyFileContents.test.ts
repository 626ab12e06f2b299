import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli';
import { createBatchScorer, createBenchmarkBuilder, issueMessagesEn, LIMITS } from '../../src/core';
import { socialMediaAssessment } from '../../src/content/social-media';
import { createTally, fuzzParameters } from '../fuzz/fuzzHarness';
import { jsonText, pathsIn, replaceAt } from '../fuzz/hostileInputs';
import { hasNoStackTrace, memoryCli } from './fixtures';

/*
 * Every command that reads files, on file contents of any kind: random JSON of any shape, arrays of up
 * to 200,000 items, strings up to 5 MB, nesting up to 100,000 levels, 1e999, invalid UTF-8 and other
 * garbage, alone or put anywhere inside a valid file. The CLI never throws, exits 0 or 1 (never 2,
 * which means the command line was wrong, nor 70), and a 1 comes with coded lines on stderr.
 */

/** Codes a line of stderr may end in: the core's issue codes and the CLI's own about files. */
const KNOWN_CODES = new Set([...Object.keys(issueMessagesEn), 'file_not_found', 'is_a_directory', 'permission_denied', 'unreadable_file', 'unprocessable_input']);

const minimal = JSON.parse(readFileSync('examples/definitions/minimal.json', 'utf8')) as unknown;
const persona = JSON.parse(readFileSync('examples/answers/enterprise-saas.json', 'utf8')) as Record<string, unknown>;
const scored = createBatchScorer(socialMediaAssessment)(persona);
if (!scored.ok) throw new Error('the persona should score');
const profileRecord = scored.record as unknown;
const builder = createBenchmarkBuilder({ by: ['market'] });
builder.add({ ...scored.record, provisional: false });
const shard = builder.toShard() as unknown;
const funnelEvent = { type: 'step_viewed', session: 's1', questionnaire: 'q@1', stepId: 'intro', stepIndex: 0, visibleQuestions: 3 };

const MAX_ITEMS = 200_000;
const MAX_STRING = 5 * 1024 * 1024;

/** JSON text that is hostile by size, depth or number: the issue's held-out inputs. */
const hostileValue: fc.Arbitrary<string> = fc.oneof(
  jsonText,
  fc
    .record({ length: fc.integer({ min: 0, max: MAX_ITEMS }), item: fc.constantFrom('1', '"linkedin"', '{}', 'null', '[]', '"b2b"', '{"id":"a"}', '1e999', '-1') })
    .map(({ length, item }) => `[${new Array<string>(length).fill(item).join(',')}]`),
  fc
    .record({ length: fc.integer({ min: 0, max: MAX_STRING }), unit: fc.constantFrom('a', 'é', '😀', '"', '\\', '\u0000', '\n', '<') })
    .map(({ length, unit }) => JSON.stringify(unit.repeat(Math.floor(length / unit.length)))),
  fc
    .record({ depth: fc.integer({ min: 60, max: 100_000 }), open: fc.constantFrom('[', '{"not":', '{"all":[', '{"a":') })
    .map(({ depth, open }) => {
      const close = open === '[' ? ']' : open === '{"all":[' ? ']}' : '}';
      return `${open.repeat(depth)}1${close.repeat(depth)}`;
    }),
  fc.constantFrom('1e999', '-1e999', '1e308', '-0', '123456789012345678901234567890'),
);

/** Text that is not JSON at all: invalid UTF-8 read as UTF-8, lone surrogates, control characters. */
const garbage: fc.Arbitrary<string> = fc.oneof(
  fc.uint8Array({ maxLength: 4_000 }).map((bytes) => new TextDecoder().decode(bytes)),
  fc.string({ unit: 'binary', maxLength: 2_000 }),
  fc.constantFrom('\uD800', '\uFEFF', '', '\u0000\u0001', '{"a":\uDC00}'),
);

const HOLE = '\u0000hole\u0000';

/** `base` as JSON text with a hostile value in place of one of its parts (the root included). */
function inserted(base: unknown): fc.Arbitrary<string> {
  return fc.record({ path: fc.constantFrom(...pathsIn(base)), value: hostileValue }).map(({ path, value }) =>
    // A function, so `$&` and friends in the value are not read as replacement patterns.
    JSON.stringify(replaceAt(base, path, HOLE)).replace(JSON.stringify(HOLE), () => value),
  );
}

/** A file's contents: hostile JSON alone, garbage, or a valid file with something hostile inside, whole or cut short. */
function fileText(base: unknown): fc.Arbitrary<string> {
  return fc.oneof(
    hostileValue,
    garbage,
    inserted(base),
    inserted(base).map((text) => `\uFEFF${text}`),
    inserted(base).map((text) => text.slice(0, Math.floor(text.length / 2))),
  );
}

/** An NDJSON file: a few lines, each a file's contents (a valid line now and then). */
function ndjsonText(base: unknown): fc.Arbitrary<string> {
  return fc.array(fc.oneof(fileText(base), fc.constant(JSON.stringify(base))), { minLength: 1, maxLength: 3 }).map((lines) => `${lines.join('\n')}\n`);
}

const tally = createTally('CLI commands on any file contents');

/** Runs `argv` on the files in memory and checks what every run must show. */
async function expectCodedExit(argv: string[], files: Record<string, string>): Promise<void> {
  const cli = memoryCli(files);
  const code = await runCli(argv, cli.io);
  const { stdout, stderr } = cli.output();
  expect([0, 1], `exit ${code}: ${stderr.slice(0, 300)}`).toContain(code);
  expect(stderr).not.toContain('internal error');
  expect(hasNoStackTrace(stderr)).toBe(true);
  const codes = [...stderr.matchAll(/\[([a-z_]+)\]$/gm)].map((match) => match[1]!);
  tally.recordOutcome(argv.filter((arg) => !arg.includes('.')).join(' '), code === 0, [`exit ${code}`, ...codes]);
  for (const found of codes) expect(KNOWN_CODES.has(found), `unknown code ${found}`).toBe(true);
  if (code === 1) expect(codes.length, stderr.slice(0, 300)).toBeGreaterThan(0);
  else expect(stdout.length + stderr.length).toBeGreaterThan(0);
  // A JSON file's report lists at most LIMITS.maxIssues issues and one "and N more", whatever it holds.
  expect(stderr.split('\n').filter((line) => line.startsWith('✖ ')).length).toBeLessThanOrEqual((LIMITS.maxIssues + 1) * 2);
}

const TIMEOUT = 600_000;

describe('every command that reads files, on any file contents', () => {
  it('validate', async () => {
    await fc.assert(fc.asyncProperty(fileText(minimal), (text) => expectCodedExit(['validate', 'input.json'], { 'input.json': text })), fuzzParameters(40));
  }, TIMEOUT);

  it('score (answers, against the bundled assessment and as JSON)', async () => {
    await fc.assert(
      fc.asyncProperty(fileText(persona), fc.boolean(), (text, json) =>
        expectCodedExit(['score', 'input.json', ...(json ? ['--format', 'json'] : [])], { 'input.json': text }),
      ),
      fuzzParameters(40),
    );
  }, TIMEOUT);

  it('score -q (the definition given is the hostile file)', async () => {
    const answers = JSON.stringify({ platform: 'linkedin', tracking: 4 });
    await fc.assert(
      fc.asyncProperty(fileText(minimal), (text) => expectCodedExit(['score', 'answers.json', '-q', 'input.json'], { 'answers.json': answers, 'input.json': text })),
      fuzzParameters(30),
    );
  }, TIMEOUT);

  it('score --ndjson', async () => {
    await fc.assert(fc.asyncProperty(ndjsonText(persona), (text) => expectCodedExit(['score', '--ndjson', 'input.ndjson'], { 'input.ndjson': text })), fuzzParameters(30));
  }, TIMEOUT);

  it('funnel', async () => {
    await fc.assert(fc.asyncProperty(ndjsonText(funnelEvent), (text) => expectCodedExit(['funnel', 'input.ndjson'], { 'input.ndjson': text })), fuzzParameters(30));
  }, TIMEOUT);

  it('aggregate --by', async () => {
    await fc.assert(
      fc.asyncProperty(ndjsonText(profileRecord), (text) => expectCodedExit(['aggregate', 'input.ndjson', '--by', 'market', '--min-group', '1'], { 'input.ndjson': text })),
      fuzzParameters(30),
    );
  }, TIMEOUT);

  it('aggregate --merge', async () => {
    await fc.assert(
      fc.asyncProperty(fileText(shard), (text) => expectCodedExit(['aggregate', '--merge', 'good.json', 'input.json'], { 'good.json': JSON.stringify(shard), 'input.json': text })),
      fuzzParameters(30),
    );
  }, TIMEOUT);
});
