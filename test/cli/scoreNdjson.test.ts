import { describe, expect, it } from 'vitest';
import { socialMediaAssessment } from '../../src/content/social-media';
import { parseQuestionnaire, type Answers, type ProfileRecord } from '../../src/core';
import { runCli } from '../../src/cli/runCli';
import { profileRecordOf } from '../core/batch/profileRecordOf';
import { fileError, fixtureQuestionnaire, hasNoStackTrace, memoryCli, runInMemory } from './fixtures';

const bundled = (() => {
  const parsed = parseQuestionnaire(socialMediaAssessment);
  if (!parsed.ok) throw new Error('the bundled assessment does not validate');
  return parsed.value;
})();

// Scoring 100,000 lines is a few seconds alone, more on a busy machine; not a speed check (that is bench/).
const LONG = 120_000;

const MARKETS = ['b2b', 'b2c', 'both'];
const SIZES = ['micro', 'small', 'medium', 'large', 'enterprise'];
const DEALS = ['under_1k', 'from_1k', 'from_10k', 'over_100k'];
const CYCLES = ['long', 'medium', 'short'];
const PLATFORMS = ['linkedin', 'x', 'youtube', 'instagram', 'tiktok', 'facebook'];

/** The answers of respondent `n`: varied enough to cover markets, sizes, hidden questions and the figures opt-in. */
function answersOf(n: number): Answers {
  const answers: Record<string, Answers[string]> = {
    market: MARKETS[n % 3]!,
    company_size: SIZES[n % 5]!,
    sales_cycle: CYCLES[n % 3]!,
    know_decision_makers: 1 + (n % 5),
    platforms_used: PLATFORMS.slice(n % 4, (n % 4) + 1 + (n % 3)),
    help_without_ask: 1 + ((n * 7) % 5),
  };
  if (n % 2 === 0) answers.deal_size = DEALS[n % 4]!;
  if (n % 7 === 0) Object.assign(answers, { share_numbers: 'yes', ad_spend: 500 + n, leads: n % 11 });
  return answers;
}

const line = (n: number) => JSON.stringify({ id: `r${n}`, ...answersOf(n) });

/** Bad lines of the big file, by line number, and the code each must be reported with. */
const BAD_LINES: Record<number, { text: string; code: string; path: string }> = {
  17: { text: '{"id":"r17","market":"b2b"', code: 'invalid_json', path: '' },
  42: { text: '["b2b","small"]', code: 'invalid_type', path: 'answers: ' },
  50_000: { text: JSON.stringify({ id: 'r50000', market: 'b2b', company_size: 'gigantic' }), code: 'unknown_option', path: 'answers.company_size: ' },
  99_999: { text: JSON.stringify({ id: 'r99999', market: 'b2b', favourite_colour: 'teal' }), code: 'unknown_question', path: 'answers.favourite_colour: ' },
};
const BLANK_LINES = new Set([1_000, 70_001]);
const LINE_COUNT = 100_000;

/** The 100,000-line file: answers on every line but the bad and blank ones. */
function bigFile(): string {
  const lines: string[] = [];
  for (let n = 1; n <= LINE_COUNT; n += 1) lines.push(BLANK_LINES.has(n) ? '' : (BAD_LINES[n]?.text ?? line(n)));
  return `${lines.join('\n')}\n`;
}

const records = (stdout: string): ProfileRecord[] => stdout.trimEnd().split('\n').map((text) => JSON.parse(text) as ProfileRecord);

describe('readiness-kit score --ndjson', () => {
  it('scores a 100,000-line file, reporting each bad line by number and scoring every other line', async () => {
    const { code, stdout, stderr } = await runInMemory(['score', '--ndjson', 'answers.ndjson'], { 'answers.ndjson': bigFile() });
    expect(code).toBe(1);

    const reported = [...stderr.matchAll(/^answers\.ndjson:(\d+): (.*)\[(\w+)\]$/gm)].map(([, number, text, issueCode]) => ({ number: Number(number), text, issueCode }));
    expect(reported.map(({ number, issueCode }) => [number, issueCode])).toEqual(Object.entries(BAD_LINES).map(([number, bad]) => [Number(number), bad.code]));
    for (const { number, text } of reported) expect(text?.slice(0, BAD_LINES[number]!.path.length)).toBe(BAD_LINES[number]!.path);
    expect(stderr).toContain('readiness-kit: scored 99,994 of 99,998 lines in answers.ndjson; 4 bad lines skipped\n');
    expect(hasNoStackTrace(stderr)).toBe(true);

    const scored = records(stdout);
    const expectedNumbers: number[] = [];
    for (let n = 1; n <= LINE_COUNT; n += 1) if (!BLANK_LINES.has(n) && BAD_LINES[n] === undefined) expectedNumbers.push(n);
    expect(scored.map((record) => record.id)).toEqual(expectedNumbers.map((n) => `r${n}`));
    for (const n of [1, 2, 16, 18, 43, 999, 1_001, 49_999, 50_001, 70_000, 70_002, 99_998, 100_000])
      expect(scored[expectedNumbers.indexOf(n)]).toEqual(profileRecordOf(bundled, answersOf(n), `r${n}`));
  }, LONG);

  it('writes in chunks and waits for stdout to drain between them, so memory stays flat on any file', async () => {
    const cli = memoryCli({ 'answers.ndjson': Array.from({ length: 3_000 }, (_, n) => line(n)).join('\n') });
    const events: string[] = [];
    let largest = 0;
    const io = {
      ...cli.io,
      stdout: (text: string) => {
        events.push('write');
        largest = Math.max(largest, text.length);
        cli.io.stdout(text);
      },
      drain: async () => void events.push('drain'),
    };
    expect(await runCli(['score', '--ndjson', 'answers.ndjson'], io)).toBe(0);
    expect(records(cli.output().stdout)).toHaveLength(3_000);
    expect(events.filter((event) => event === 'write').length).toBeGreaterThan(3);
    // Every full chunk is followed by a wait for drain before the next is written.
    expect(events.join(' ')).not.toMatch(/write write/);
    expect(largest).toBeLessThan(64 * 1024 + 1_000);
  }, LONG);

  it('reads standard input for -', async () => {
    const { code, stdout, stderr } = await runInMemory(['score', '--ndjson', '-'], { '-': `${line(1)}\n{"market":"b2b","company_size":"tiny"}\n${line(3)}\n` });
    expect(code).toBe(1);
    expect(records(stdout).map((record) => record.id)).toEqual(['r1', 'r3']);
    expect(stderr).toMatch(/^\(stdin\):2: answers\.company_size: .*\[unknown_option\]$/m);
    expect(stderr).toContain('scored 2 of 3 lines in (stdin); 1 bad line skipped');
  });

  it('exits 0 when every line scored, with blank lines and a byte-order mark skipped silently', async () => {
    const { code, stdout, stderr } = await runInMemory(['score', '--ndjson', 'a.ndjson'], { 'a.ndjson': `\uFEFF${line(1)}\r\n\r\n   \n${line(2)}` });
    expect(code).toBe(0);
    expect(records(stdout).map((record) => record.id)).toEqual(['r1', 'r2']);
    expect(stderr).toBe('readiness-kit: scored 2 of 2 lines in a.ndjson; 0 bad lines skipped\n');
  });

  it('scores against --questionnaire', async () => {
    const answers = { id: 'x1', market: 'b2b', platform: 'tiktok', tracking: 2 };
    const { code, stdout } = await runInMemory(['score', '--ndjson', 'a.ndjson', '-q', 'def.json'], {
      'a.ndjson': `${JSON.stringify(answers)}\n`,
      'def.json': JSON.stringify(fixtureQuestionnaire),
    });
    expect(code).toBe(0);
    const { id, ...rest } = answers;
    expect(records(stdout)).toEqual([profileRecordOf(fixtureQuestionnaire, rest, id)]);
    expect(records(stdout)[0]!.questionnaire).toBe('fixture@1.0.0');
  });

  it('reports a bad line in the language of --locale, its code and path unchanged', async () => {
    const file = { 'a.ndjson': '{"market":"b2b","company_size":"tiny"}\n' };
    const english = await runInMemory(['score', '--ndjson', 'a.ndjson'], file);
    const chinese = await runInMemory(['score', '--ndjson', 'a.ndjson', '--locale', 'zh-TW'], file);
    expect(chinese.code).toBe(1);
    expect(chinese.stderr).toMatch(/^a\.ndjson:1: answers\.company_size: .*\[unknown_option\]$/m);
    expect(chinese.stderr.split('\n')[0]).not.toBe(english.stderr.split('\n')[0]);
  });

  it('details the first 100 bad lines, then counts the rest', async () => {
    const lines = Array.from({ length: 250 }, (_, n) => (n % 2 ? line(n) : `not json ${n}`));
    const { code, stdout, stderr } = await runInMemory(['score', '--ndjson', 'a.ndjson'], { 'a.ndjson': lines.join('\n') });
    expect(code).toBe(1);
    expect(records(stdout)).toHaveLength(125);
    const detailed = [...stderr.matchAll(/^a\.ndjson:(\d+): /gm)].map(([, number]) => Number(number));
    expect(detailed).toEqual(Array.from({ length: 100 }, (_, index) => 2 * index + 1));
    expect(stderr).toContain('a.ndjson: … and 25 more bad lines\n');
    expect(stderr).toContain('scored 125 of 250 lines in a.ndjson; 125 bad lines skipped');
  });

  it('says so, and exits 1, when the file cannot be read', async () => {
    const missing = await runInMemory(['score', '--ndjson', 'nope.ndjson']);
    expect(missing).toEqual({ code: 1, stdout: '', stderr: 'readiness-kit: cannot read nope.ndjson: no such file [file_not_found]\n' });
    const directory = await runInMemory(['score', '--ndjson', 'dir'], { dir: fileError('EISDIR') });
    expect(directory.code).toBe(1);
    expect(directory.stderr).toBe('readiness-kit: cannot read dir: is a directory, not a file [is_a_directory]\n');
  });

  it('refuses flags that shape a single profile, and a missing file, as usage errors', async () => {
    for (const flags of [['--format', 'json'], ['--limit', '3'], ['--currency', 'USD']]) {
      const { code, stderr } = await runInMemory(['score', '--ndjson', 'a.ndjson', ...flags], { 'a.ndjson': line(1) });
      expect(code).toBe(2);
      expect(stderr).toContain(`score: ${flags[0]} does not apply to --ndjson`);
    }
    expect((await runInMemory(['score', '--ndjson'])).code).toBe(2);
    expect((await runInMemory(['score', '--ndjson', 'a.ndjson', '--locale', 'not a locale!'], { 'a.ndjson': line(1) })).code).toBe(2);
  });

  it('is listed in the help of score', async () => {
    const { code, stdout } = await runInMemory(['score', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('--ndjson');
  });
});
