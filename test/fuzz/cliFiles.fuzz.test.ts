import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { readJsonFile } from '../../src/cli/readJsonFile';
import { runCli } from '../../src/cli/runCli';
import { memoryCli } from '../cli/fixtures';
import { createTally, expectCodedIssues, expectPrototypeIntact, FUZZ_TIMEOUT, fuzzParameters } from './fuzzHarness';
import { EXTREME_TEXTS, hostileJson, jsonText, mutationOf } from './hostileInputs';

const tally = createTally('CLI input files');
afterEach(expectPrototypeIntact);

const minimal = JSON.parse(readFileSync('examples/definitions/minimal.json', 'utf8')) as unknown;
const persona = JSON.parse(readFileSync('examples/answers/enterprise-saas.json', 'utf8')) as unknown;

/** Reads `text` as a file: parsed JSON, or one `invalid_json` issue; never a throw. */
async function read(target: string, text: string) {
  const result = await readJsonFile(memoryCli({ 'input.json': text }).io, 'input.json');
  if (result.ok) tally.record(target, []);
  else {
    expect(result.kind).toBe('issues');
    if (result.kind === 'issues') {
      tally.record(target, result.issues);
      expectCodedIssues(result.issues);
      expect(result.issues.map((issue) => issue.code)).toEqual(['invalid_json']);
    }
  }
  return result;
}

/** Runs a command on `text` in memory: exit 0 or 1 with a report, never the unexpected-error exit 2. */
async function run(target: string, argv: string[], text: string, definition = JSON.stringify(minimal)) {
  const cli = memoryCli({ 'input.json': text, 'definition.json': definition });
  const code = await runCli(argv, cli.io);
  const { stdout, stderr } = cli.output();
  // The report lists each issue as `✖ path: message [code]`: count the codes, as for the other targets.
  const codes = [...stderr.matchAll(/\[([a-z_]+)\]$/gm)].map((match) => match[1]!);
  tally.recordOutcome(target, code === 0, [`exit ${code}`, ...codes]);
  // Neither the kit's own failure (exit 70) nor a file it failed on (a kit bug): every file gets coded issues.
  expect(stderr).not.toMatch(/internal error|\[unprocessable_input\]/);
  expect(stderr).not.toMatch(/^\s+at /m);
  expect([0, 1]).toContain(code);
  // A rejection names the file at fault: the input, or the definition given with -q.
  if (code === 1) expect(stderr).toMatch(/(input|definition)\.json/);
  else expect(stdout.length).toBeGreaterThan(0);
  expectPrototypeIntact();
}

const fileText = fc.oneof(
  fc.string({ unit: 'binary' }),
  jsonText,
  jsonText.map((text) => `\uFEFF${text}`),
  jsonText.map((text) => text.slice(0, Math.floor(text.length / 2))),
);

describe('the CLI reading input files under fuzzing', () => {
  it('readJsonFile returns the JSON or one invalid_json issue for arbitrary file contents', async () => {
    await fc.assert(fc.asyncProperty(fileText, async (text) => void (await read('readJsonFile', text))), fuzzParameters(400));
  }, FUZZ_TIMEOUT);

  it('validate and score report arbitrary files without an unexpected error', async () => {
    await fc.assert(
      fc.asyncProperty(fileText, async (text) => {
        await run('validate arbitrary files', ['validate', 'input.json'], text);
        await run('score arbitrary files', ['score', 'input.json'], text);
      }),
      fuzzParameters(150),
    );
  }, FUZZ_TIMEOUT);

  it('validate reports a mutated definition file, and score a mutated answers file', async () => {
    await fc.assert(
      fc.asyncProperty(mutationOf(minimal, hostileJson), mutationOf(persona, hostileJson), async (definition, answers) => {
        await run('validate mutated definitions', ['validate', 'input.json'], JSON.stringify(definition) ?? '');
        await run('score mutated answers', ['score', 'input.json', '--format', 'json'], JSON.stringify(answers) ?? '');
        const minimalAnswers = JSON.stringify({ platform: 'linkedin', tracking: 4 });
        await run('score against a mutated definition', ['score', 'input.json', '-q', 'definition.json'], minimalAnswers, JSON.stringify(definition) ?? '');
      }),
      fuzzParameters(100),
    );
  }, FUZZ_TIMEOUT);

  it.each(EXTREME_TEXTS)('validate, score and readJsonFile handle %s', async (_name, text) => {
    await read('extremes', text);
    await run('extremes (validate)', ['validate', 'input.json'], text);
    await run('extremes (score)', ['score', 'input.json'], text);
  });
});
