import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createBatchScorer, createBenchmarkBuilder, LIMITS, parseQuestionnaire } from '../../src/core';
import { socialMediaAssessment } from '../../src/content/social-media';
import { hasNoStackTrace, runInMemory } from './fixtures';

/*
 * The issue's reproductions through the CLI: every bad file exits 1 with coded issues on stderr
 * (never 2, the usage code, and never an unexpected error), and no report runs past
 * `LIMITS.maxIssues` lines and "and N more".
 */

const minimal = JSON.parse(readFileSync('examples/definitions/minimal.json', 'utf8')) as Record<string, unknown>;
const persona = readFileSync('examples/answers/enterprise-saas.json', 'utf8');
const MAX = LIMITS.maxDepth;

/** The lines of stderr that report an issue: `✖ path: message [code]`, or `file:line: … [code]`. */
const issueLines = (stderr: string) => stderr.split('\n').filter((line) => /\[[a-z_]+\]$/.test(line));

/** The minimal definition with a rule whose condition is nested `depth` levels, as text. */
function deepDefinition(kind: 'not' | 'all' | 'array', depth: number): string {
  if (kind === 'array') return JSON.stringify({ ...minimal, locales: 0 }).replace('"locales":0', `"locales":${'['.repeat(depth)}"en"${']'.repeat(depth)}`);
  const [open, close] = kind === 'not' ? ['{"not":', '}'] : ['{"all":[', ']}'];
  const rules = [{ id: 'deep', priority: 'high', title: 't', body: 'b', when: 0 }];
  return JSON.stringify({ ...minimal, rules }).replace('"when":0', `"when":${open.repeat(depth)}{"question":"platform","answered":true}${close.repeat(depth)}`);
}

const DEEP_PATH = {
  not: `rules[0].when${'.not'.repeat(MAX - 2)}`,
  all: `rules[0].when${'.all[0]'.repeat((MAX - 2) / 2)}`,
  array: `locales${'[0]'.repeat(MAX)}`,
};

describe('the CLI on the issue’s reproductions', () => {
  it('exits 1 with a coded issue for 100,000 items in one multi-choice answer', async () => {
    const answers = JSON.stringify({ next_steps: Array<string>(100_000).fill('linkedin') });
    const { code, stdout, stderr } = await runInMemory(['score', 'answers.json'], { 'answers.json': answers });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).not.toContain('unexpected error');
    expect(stderr).not.toContain('internal error');
    const lines = issueLines(stderr);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.length).toBeLessThanOrEqual(LIMITS.maxIssues + 1);
    expect(lines[0]).toMatch(/^✖ answers\.next_steps: .* \[[a-z_]+\]$/);
  }, 30_000);

  it.each((['not', 'all', 'array'] as const).flatMap((kind) => [5_001, 100_000].map((depth) => [kind, depth] as const)))(
    'validate exits 1 with too_deep at its path for a definition nested %s %i levels',
    async (kind, depth) => {
      const { code, stdout, stderr } = await runInMemory(['validate', 'deep.json'], { 'deep.json': deepDefinition(kind, depth) });
      expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
      expect(stderr).toBe(`deep.json\n✖ ${DEEP_PATH[kind]}: is nested more than ${MAX} levels deep [too_deep]\n1 issue in deep.json\n`);
    },
    30_000,
  );

  it('score -q exits 1 with too_deep for a deep definition, as a read definition is reported', async () => {
    const { code, stderr } = await runInMemory(['score', 'answers.json', '-q', 'deep.json'], { 'answers.json': '{}', 'deep.json': deepDefinition('not', 100_000) });
    expect(code).toBe(1);
    expect(issueLines(stderr)).toEqual([`✖ ${DEEP_PATH.not}: is nested more than ${MAX} levels deep [too_deep]`]);
  });

  it('prints 100 lines and "and N more", not 100,000 lines, for 100,000 empty sections', async () => {
    const sections = Array.from({ length: 100_000 }, (_, index) => ({ id: `s${index}`, title: 'Empty', questions: [] }));
    const { code, stderr } = await runInMemory(['validate', 'def.json'], { 'def.json': JSON.stringify({ ...minimal, sections }) });
    expect(code).toBe(1);
    const lines = stderr.split('\n');
    expect(lines[0]).toBe('def.json');
    expect(lines.slice(1, 101)).toEqual(Array.from({ length: 100 }, (_, index) => `✖ sections[${index}].questions: needs at least 1 item(s) [too_small]`));
    expect(lines.slice(101)).toEqual(['✖ (root): and 99900 more issues, not listed [more_issues]', '100000 issues in def.json', '']);
  }, 30_000);

  it('names 1e999 as not_finite and a repeated locale as duplicate_locale', async () => {
    const text = JSON.stringify({ ...minimal, locales: ['en', 'EN'] }).replace('"platforms":4', '"platforms":1e999');
    const { code, stderr } = await runInMemory(['validate', 'def.json'], { 'def.json': text });
    expect(code).toBe(1);
    expect(issueLines(stderr)).toEqual(['✖ sections[0].questions[0].options[0].points.platforms: must be a finite number, received Infinity [not_finite]']);
    const locales = await runInMemory(['validate', 'def.json'], { 'def.json': JSON.stringify({ ...minimal, locales: ['en', 'EN'] }) });
    expect(issueLines(locales.stderr)).toEqual(['✖ locales[1]: locale "EN" is already listed at locales[0] [duplicate_locale]']);
  });

  it('caps the issues of one bad NDJSON line, and still scores the good ones', async () => {
    const good = JSON.stringify(JSON.parse(persona));
    const bad = JSON.stringify({ ...Object.fromEntries(Array.from({ length: 200_000 }, (_, index) => [`q${index}`, 1])) });
    const { code, stdout, stderr } = await runInMemory(['score', '--ndjson', 'answers.ndjson'], { 'answers.ndjson': `${good}\n${bad}\n${good}\n` });
    expect(code).toBe(1);
    expect(stdout.trim().split('\n')).toHaveLength(2);
    const lineTwo = stderr.split('\n').filter((line) => line.startsWith('answers.ndjson:2: '));
    expect(lineTwo.length).toBe(LIMITS.maxIssues + 1);
    expect(lineTwo.at(-1)).toMatch(/^answers\.ndjson:2: and \d+ more issues, not listed \[more_issues\]$/);
  }, 30_000);

  it('reports a profile record nested 100,000 levels and one with 1e999 as bad lines of aggregate', async () => {
    const score = createBatchScorer(socialMediaAssessment);
    const scored = score(JSON.parse(persona));
    if (!scored.ok) throw new Error('the persona should score');
    const record = JSON.stringify(scored.record);
    const deep = record.replace('"segment":{', `"extra":${'['.repeat(100_000)}1${']'.repeat(100_000)},"segment":{`);
    const infinite = record.replace(/"index":[0-9.]+/, '"index":1e999');
    const file = `${record}\n${deep}\n${infinite}\n`;
    const { code, stderr } = await runInMemory(['aggregate', 'p.ndjson', '--by', 'market', '--min-group', '1'], { 'p.ndjson': file });
    expect(code).toBe(1);
    expect(stderr).toContain(`p.ndjson:2: extra${'[0]'.repeat(MAX)}: is nested more than ${MAX} levels deep [too_deep]\n`);
    expect(stderr).toContain('p.ndjson:3: index: must be a finite number, received Infinity [not_finite]\n');
  }, 30_000);

  it('reports a funnel line nested 100,000 levels as a bad line, never a crash', async () => {
    const { code, stderr } = await runInMemory(['funnel', 'e.ndjson'], { 'e.ndjson': `${'['.repeat(100_000)}${']'.repeat(100_000)}\n` });
    expect(code).toBe(1);
    expect(issueLines(stderr)).toEqual([expect.stringMatching(/^e\.ndjson:1: .*\[[a-z_]+\]$/)]);
    expect(hasNoStackTrace(stderr)).toBe(true);
  });

  it('reports a benchmark file with 1e999 and one nested 100,000 levels under --merge', async () => {
    const builder = createBenchmarkBuilder({ by: ['market'] });
    const shard = JSON.stringify(builder.toShard());
    const files = {
      'infinite.json': shard.replace('"withheld":0', '"withheld":1e999'),
      'deep.json': shard.replace('"withheld":0', `"withheld":${'['.repeat(100_000)}0${']'.repeat(100_000)}`),
    };
    const { code, stderr } = await runInMemory(['aggregate', '--merge', 'infinite.json', 'deep.json'], files);
    expect(code).toBe(1);
    expect(issueLines(stderr)).toEqual([
      '✖ withheld: must be a finite number, received Infinity [not_finite]',
      `✖ withheld${'[0]'.repeat(MAX)}: is nested more than ${MAX} levels deep [too_deep]`,
    ]);
  });

  it('still validates the bundled assessment, so none of this is its doing', () => {
    expect(parseQuestionnaire(socialMediaAssessment).issues).toEqual([]);
  });
});
