import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli';
import { scoreAnswers } from '../../src/core';
import { fileError, fixtureQuestionnaire, hasNoStackTrace, memoryCli, runInMemory } from './fixtures';
import pkg from '../../package.json';

const minimal = readFileSync('examples/definitions/minimal.json', 'utf8');
const broken = readFileSync('examples/definitions/broken.json', 'utf8');
const fixture = JSON.stringify(fixtureQuestionnaire);

describe('runCli usage', () => {
  it('prints usage to stderr and exits 2 with no arguments', async () => {
    const result = await runInMemory([]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Usage: readiness-kit <command>');
  });

  it('prints help and the version and exits 0', async () => {
    expect(await runInMemory(['--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('Commands:') });
    expect(await runInMemory(['score', '-h'])).toMatchObject({ code: 0, stdout: expect.stringContaining('--questionnaire') });
    expect(await runInMemory(['--version'])).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
    expect(await runInMemory(['help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('Commands:') });
  });

  it('rejects a stray argument after a global flag with exit 2 and prints nothing else', async () => {
    expect(await runInMemory(['--version', 'score'])).toEqual({
      code: 2,
      stdout: '',
      stderr: "readiness-kit: unexpected argument 'score'\nRun 'readiness-kit --help' for usage.\n",
    });
  });

  it('rejects an unknown command with exit 2', async () => {
    const result = await runInMemory(['frobnicate', 'x.json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown command 'frobnicate'");
    expect(result.stdout).toBe('');
  });

  it('rejects an unknown flag with exit 2, naming the flag', async () => {
    const result = await runInMemory(['score', 'a.json', '--colour', 'red']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("readiness-kit: score: unknown option '--colour'\nRun 'readiness-kit score --help' for usage.\n");
    expect((await runInMemory(['validate', '-x', 'a.json'])).stderr).toContain("unknown option '-x'");
    expect((await runInMemory(['--nope'])).code).toBe(2);
  });

  it('rejects a flag without its value, a bad format or locale, and a missing or extra argument with exit 2', async () => {
    const cases: [string[], string][] = [
      [['score', 'a.json', '--format'], "option '--format' needs a value"],
      [['score', 'a.json', '--questionnaire', '--format', 'json'], "option '--questionnaire' needs a value"],
      [['score', 'a.json', '--format', 'xml'], "unknown format 'xml'"],
      [['score', 'a.json', '--locale', 'not a locale'], "'not a locale' is not a locale"],
      [['score'], 'missing argument <answers.json>'],
      [['validate'], 'missing argument <definition.json>'],
      [['validate', 'a.json', 'b.json'], "unexpected argument 'b.json'"],
      [['validate', '--help=yes'], "option '--help' takes no value"],
    ];
    for (const [argv, message] of cases) {
      const result = await runInMemory(argv, { 'a.json': '{}' });
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr).toContain(message);
    }
  });

  it('turns an unexpected exception outside any input file into a one-line message and exit 70, not the usage code 2', async () => {
    const cli = memoryCli({ 'a.json': minimal });
    const code = await runCli(['validate', 'a.json'], { ...cli.io, stdout: () => { throw new Error('disk full\n    at write (fs.js:1:1)'); } });
    expect(code).toBe(70);
    expect(cli.output().stderr).toBe('readiness-kit: internal error: disk full (not a problem with the input or the command line)\n');
  });
});

describe('runCli validate', () => {
  it('prints a summary of a valid definition and exits 0', async () => {
    const result = await runInMemory(['validate', 'minimal.json'], { 'minimal.json': minimal });
    expect(result).toEqual({ code: 0, stdout: '✔ minimal@1.0.0: 1 section, 2 questions, 2 dimensions — valid\n', stderr: '' });
  });

  it('lists every issue of a broken definition with its path and code, and exits 1', async () => {
    const result = await runInMemory(['validate', 'broken.json'], { 'broken.json': broken });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('✖ dimensions[1].id: id "platforms" is already used at dimensions[0].id [duplicate_id]');
    expect(result.stderr).toContain('✖ sections[0].questions[0].visibleIf.question:');
    expect(result.stderr).toContain('[condition_on_later_question]');
    expect(result.stderr).toContain('✖ sections[0].questions[0].options[1].points.reach: names unknown dimension "reach" [unknown_dimension]');
    expect(result.stderr).toMatch(/^broken\.json\n/);
    expect(result.stderr).toContain('3 issues in broken.json');
  });

  it('reports a shape error with its path', async () => {
    const result = await runInMemory(['validate', 'd.json'], { 'd.json': JSON.stringify({ ...fixtureQuestionnaire, tiers: 'none' }) });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/✖ tiers: .*\[invalid_type\]/);
  });

  it('reports a missing file in one line, without a stack trace, and exits 1', async () => {
    const result = await runInMemory(['validate', 'nowhere.json']);
    expect(result).toEqual({ code: 1, stdout: '', stderr: 'readiness-kit: cannot read nowhere.json: no such file [file_not_found]\n' });
    expect(hasNoStackTrace(result.stderr)).toBe(true);
  });

  it('reports a directory and a forbidden file by their codes', async () => {
    const files = { dir: fileError('EISDIR'), secret: fileError('EACCES'), odd: fileError('EIO') };
    expect((await runInMemory(['validate', 'dir'], files)).stderr).toBe('readiness-kit: cannot read dir: is a directory, not a file [is_a_directory]\n');
    expect((await runInMemory(['validate', 'secret'], files)).stderr).toBe('readiness-kit: cannot read secret: permission denied [permission_denied]\n');
    const odd = await runInMemory(['validate', 'odd'], files);
    expect(odd.code).toBe(1);
    expect(odd.stderr).toContain('[unreadable_file]');
  });

  it('reports invalid JSON as an invalid_json issue with the parser message and where it is', async () => {
    const result = await runInMemory(['validate', 'bad.json'], { 'bad.json': '{\n  "id": "x",\n  oops\n}' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^bad\.json\n✖ \(root\): is not valid JSON: .+ \[invalid_json\]\n1 issue in bad\.json\n$/);
    expect(result.stderr).toMatch(/line 3/);
    expect(hasNoStackTrace(result.stderr)).toBe(true);
  });

  it('accepts a definition saved with a byte-order mark', async () => {
    expect((await runInMemory(['validate', 'bom.json'], { 'bom.json': `\uFEFF${minimal}` })).code).toBe(0);
  });
});

describe('runCli score --questionnaire', () => {
  const answers = { market: 'b2b', platform: 'tiktok', tracking: 2, spend: 1000, leads: 8 };
  const files = { 'q.json': fixture, 'answers.json': JSON.stringify(answers), 'broken.json': broken };

  it('prints the profile as JSON equal to scoreAnswers', async () => {
    const result = await runInMemory(['score', 'answers.json', '--questionnaire', 'q.json', '--format', 'json'], files);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(scoreAnswers(fixtureQuestionnaire, answers));
  });

  it('prints a table by default, in the locale asked for', async () => {
    const result = await runInMemory(['score', 'answers.json', '-q', 'q.json'], files);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Fixture assessment — fixture@1.0.0');
    expect(result.stdout).toContain('Mismatch: you sell to businesses, which calls for B2B, but your practice is on the B2C side');
    const chinese = await runInMemory(['score', 'answers.json', '-q', 'q.json', '--locale', 'zh-hant'], files);
    expect(chinese.stdout).toContain('測試評估');
    expect(chinese.stdout).toContain('受眾');
    expect(chinese.stderr).toBe('');
    // A browser-style region tag means Traditional Chinese too.
    const taiwan = await runInMemory(['score', 'answers.json', '-q', 'q.json', '--locale', 'zh-TW'], files);
    expect(taiwan.stdout).toContain('測試評估');
    expect(taiwan.stderr).toBe('');
  });

  it('notes on stderr when the questionnaire lacks the locale asked for, and still scores', async () => {
    const result = await runInMemory(['score', 'answers.json', '-q', 'q.json', '-l', 'ha'], files);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('readiness-kit: note: fixture has no ha texts (it has en, zh-Hant); showing en\n');
    expect(result.stdout).toContain('Fixture assessment');
  });

  it('refuses invalid answers with their paths and codes, printing no profile', async () => {
    const bad = JSON.stringify({ market: 'martians', tracking: 9, colour: 'red' });
    const result = await runInMemory(['score', 'bad.json', '-q', 'q.json', '-f', 'json'], { ...files, 'bad.json': bad });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('✖ answers.market: "martians" is not an option of question "market" [unknown_option]');
    expect(result.stderr).toContain('✖ answers.tracking: must be between 1 and 5 [answer_out_of_range]');
    expect(result.stderr).toContain('✖ answers.colour: names unknown question "colour" [unknown_question]');
    expect(result.stderr).toContain('3 issues in bad.json');
  });

  it('refuses answers that are not an object', async () => {
    const result = await runInMemory(['score', 'list.json', '-q', 'q.json'], { ...files, 'list.json': '[1, 2]' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('✖ answers: expected object, received array [invalid_type]');
  });

  it('refuses a broken questionnaire with its issues, and a missing one', async () => {
    const result = await runInMemory(['score', 'answers.json', '-q', 'broken.json'], files);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('[duplicate_id]');
    const missing = await runInMemory(['score', 'answers.json', '-q', 'gone.json'], files);
    expect(missing).toMatchObject({ code: 1, stderr: 'readiness-kit: cannot read gone.json: no such file [file_not_found]\n' });
  });

  it('reports both a missing answers file and a broken questionnaire at once', async () => {
    const result = await runInMemory(['score', 'gone.json', '-q', 'broken.json'], files);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('cannot read gone.json: no such file');
    expect(result.stderr).toContain('[duplicate_id]');
  });
});

describe('runCli score --currency and --limit', () => {
  const answers = { market: 'b2b', platform: 'tiktok', tracking: 2, spend: 1000, leads: 8 };
  const files = { 'q.json': JSON.stringify(fixtureQuestionnaire), 'answers.json': JSON.stringify(answers) };

  it('writes money in the currency asked for, upper-casing its code', async () => {
    const result = await runInMemory(['score', 'answers.json', '-q', 'q.json', '--currency', 'eur'], files);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ {2}Cost per lead +€125\.00 {2}above €20\.00–€80\.00/m);
    const plain = await runInMemory(['score', 'answers.json', '-q', 'q.json'], files);
    expect(plain.stdout).toMatch(/^ {2}Cost per lead +125\.00 \(your currency\)/m);
  });

  it('refuses a currency that is not an ISO 4217 code, and a limit that is not a whole number, with exit 2', async () => {
    const currency = await runInMemory(['score', 'answers.json', '-q', 'q.json', '--currency', 'dollars'], files);
    expect(currency).toMatchObject({ code: 2, stdout: '', stderr: expect.stringContaining("'dollars' is not a currency code") });
    const limit = await runInMemory(['score', 'answers.json', '-q', 'q.json', '--limit', 'five'], files);
    expect(limit).toMatchObject({ code: 2, stdout: '', stderr: expect.stringContaining("--limit takes a whole number, 0 for all (got 'five')") });
  });

  it('lists both in its help', async () => {
    const help = await runInMemory(['score', '--help']);
    expect(help.stdout).toContain('--currency <code>');
    expect(help.stdout).toContain('--limit <n>');
  });
});

describe('runCli score: invalid answers in the respondent’s language', () => {
  it('lists what is wrong in the locale asked for, codes and paths unchanged', async () => {
    const files = { 'q.json': JSON.stringify(fixtureQuestionnaire), 'bad.json': JSON.stringify({ market: 'martians', colour: 'red' }) };
    const result = await runInMemory(['score', 'bad.json', '-q', 'q.json', '--locale', 'zh-Hant'], files);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('[unknown_option]');
    expect(result.stderr).toContain('✖ answers.colour:');
    expect(result.stderr).toContain('bad.json 有 2 個問題');
    expect(result.stderr).not.toMatch(/is not an option|names unknown question/);
  });
});
