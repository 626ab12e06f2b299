import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBatchScorer, createBenchmarkBuilder } from '../../src/core';
import { socialMediaAssessment } from '../../src/content/social-media';
import { hasNoStackTrace, runInMemory } from './fixtures';

/*
 * The kit failing on a file's contents (as `scoreAnswers` once did with a RangeError on 100,000 bad
 * items): whatever the core throws while a file is read, the CLI reports that file with a coded line
 * and exits 1, as for any other bad file; never 2 (the usage code) or 70 (the kit's own failure).
 */

/** Which core function throws, and what. */
const failing = vi.hoisted(() => ({ name: undefined as string | undefined, error: new RangeError('Maximum call stack size exceeded') }));

vi.mock('../../src/core', async (importOriginal) => {
  const core = await importOriginal<typeof import('../../src/core')>();
  const throwing = <A extends unknown[], R>(name: string, real: (...args: A) => R) => (...args: A): R => {
    if (failing.name === name) throw failing.error;
    return real(...args);
  };
  return {
    ...core,
    validateAnswers: throwing('validateAnswers', core.validateAnswers),
    scoreAnswers: throwing('scoreAnswers', core.scoreAnswers),
    parseQuestionnaire: throwing('parseQuestionnaire', core.parseQuestionnaire),
    parseBenchmarkRecord: throwing('parseBenchmarkRecord', core.parseBenchmarkRecord),
    parseFunnelEvent: throwing('parseFunnelEvent', core.parseFunnelEvent),
    parsePeerBenchmark: throwing('parsePeerBenchmark', core.parsePeerBenchmark),
    mergeBenchmarks: throwing('mergeBenchmarks', core.mergeBenchmarks),
    createBatchScorer: (questionnaire: Parameters<typeof core.createBatchScorer>[0]) => throwing('batchScore', core.createBatchScorer(questionnaire)),
  };
});

const minimal = readFileSync('examples/definitions/minimal.json', 'utf8');
const persona = JSON.stringify(JSON.parse(readFileSync('examples/answers/enterprise-saas.json', 'utf8')));
const scored = createBatchScorer(socialMediaAssessment)(JSON.parse(persona));
const record = scored.ok ? JSON.stringify(scored.record) : '';
const shard = JSON.stringify(createBenchmarkBuilder({ by: ['market'] }).toShard());
const event = JSON.stringify({ type: 'step_viewed', session: 's', questionnaire: 'q@1', stepId: 'intro', stepIndex: 0, visibleQuestions: 3 });

const REASON = 'Maximum call stack size exceeded; this is a bug in readiness-kit, please report it';

const cases: [string, string, string[], Record<string, string>, string][] = [
  ['validateAnswers', 'score', ['score', 'a.json'], { 'a.json': persona }, `readiness-kit: cannot process a.json: ${REASON} with the file [unprocessable_input]\n`],
  ['scoreAnswers', 'score --format json', ['score', 'a.json', '--format', 'json'], { 'a.json': persona }, `readiness-kit: cannot process a.json: ${REASON} with the file [unprocessable_input]\n`],
  ['parseQuestionnaire', 'validate', ['validate', 'd.json'], { 'd.json': minimal }, `readiness-kit: cannot process d.json: ${REASON} with the file [unprocessable_input]\n`],
  ['batchScore', 'score --ndjson', ['score', '--ndjson', 'a.ndjson'], { 'a.ndjson': `${persona}\n` }, `a.ndjson:1: cannot process this line: ${REASON} [unprocessable_input]\n`],
  ['parseBenchmarkRecord', 'aggregate', ['aggregate', 'p.ndjson', '--by', 'market'], { 'p.ndjson': `${record}\n` }, `p.ndjson:1: cannot process this line: ${REASON} [unprocessable_input]\n`],
  ['parseFunnelEvent', 'funnel', ['funnel', 'e.ndjson'], { 'e.ndjson': `${event}\n` }, `e.ndjson:1: cannot process this line: ${REASON} [unprocessable_input]\n`],
  ['parsePeerBenchmark', 'aggregate --merge', ['aggregate', '--merge', 'b.json'], { 'b.json': shard }, `readiness-kit: cannot process b.json: ${REASON} with the file [unprocessable_input]\n`],
  ['mergeBenchmarks', 'aggregate --merge (the merge)', ['aggregate', '--merge', 'b.json', 'c.json'], { 'b.json': shard, 'c.json': shard }, `readiness-kit: cannot process b.json, c.json: ${REASON} with the file [unprocessable_input]\n`],
];

describe('the CLI when the kit throws on a file', () => {
  afterEach(() => {
    failing.name = undefined;
  });

  it.each(cases)('%s throwing in %s: the file is reported with a code, exit 1', async (name, _command, argv, files, line) => {
    failing.name = name;
    const { code, stderr } = await runInMemory(argv, files);
    expect(code).toBe(1);
    expect(stderr).toContain(line);
    expect(stderr).not.toContain('internal error');
    expect(hasNoStackTrace(stderr)).toBe(true);
  });

  it.each(cases)('works as before once %s does not throw (%s)', async (_name, _command, argv, files) => {
    const { code } = await runInMemory(argv, files);
    // aggregate of one record falls below the default group size and withholds it: still exit 0.
    expect(code).toBe(0);
  });

  it('reports a TypeError the same way: any failure on a file is that file’s, exit 1', async () => {
    failing.name = 'scoreAnswers';
    failing.error = new TypeError("Cannot read properties of undefined (reading 'x')");
    const { code, stderr } = await runInMemory(['score', 'a.json'], { 'a.json': persona });
    failing.error = new RangeError('Maximum call stack size exceeded');
    expect(code).toBe(1);
    expect(stderr).toContain("cannot process a.json: Cannot read properties of undefined (reading 'x'); this is a bug");
  });

  it('keeps reading an NDJSON file after a line the kit failed on', async () => {
    failing.name = 'batchScore';
    const { code, stdout, stderr } = await runInMemory(['score', '--ndjson', 'a.ndjson'], { 'a.ndjson': `${persona}\n${persona}\n` });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('a.ndjson:1: cannot process this line');
    expect(stderr).toContain('a.ndjson:2: cannot process this line');
    expect(stderr).toContain('scored 0 of 2 lines in a.ndjson; 2 bad lines skipped');
  });
});
