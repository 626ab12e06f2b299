import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli';
import { socialMediaAssessment } from '../../src/content/social-media';
import { localise, scoreAnswers, type Answers } from '../../src/core';
import { diskCli, hasNoStackTrace } from './fixtures';

const EXAMPLES = ['enterprise-saas', 'consumer-fashion', 'b2b-manufacturer-instagram', 'empty'] as const;

/** The CLI on the real file system, output captured. */
async function runOnDisk(argv: string[]) {
  const { io, output } = diskCli();
  const code = await runCli(argv, io);
  return { code, ...output() };
}

async function answersOf(name: string): Promise<Answers> {
  return JSON.parse(await readFile(`examples/answers/${name}.json`, 'utf8')) as Answers;
}

describe('readiness-kit score with the bundled assessment', () => {
  it.each(EXAMPLES)('prints the same profile as scoreAnswers for %s.json', async (name) => {
    const result = await runOnDisk(['score', `examples/answers/${name}.json`, '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(scoreAnswers(socialMediaAssessment, await answersOf(name)));
  });

  it.each(EXAMPLES)('prints the tier label, the index and every dimension as a table for %s.json', async (name) => {
    const profile = scoreAnswers(socialMediaAssessment, await answersOf(name));
    const result = await runOnDisk(['score', `examples/answers/${name}.json`]);
    expect(result.code).toBe(0);
    const tier = socialMediaAssessment.tiers.find((t) => t.id === profile.tier);
    // Too little answered claims no tier: the table says how many more answers one needs instead.
    const tierText = tier ? localise(tier.label) : `Provisional: answer ${profile.provisionalReason?.needed} more question`;
    expect(result.stdout).toMatch(new RegExp(`^  Tier +${tierText.replace(/[()]/g, '\\$&')}`, 'm'));
    expect(result.stdout).toContain(profile.index === null ? '— (nothing answered yet)' : `${profile.index.toFixed(1)} / 100`);
    for (const dimension of socialMediaAssessment.dimensions) expect(result.stdout).toContain(localise(dimension.label));
    expect(result.stdout).toContain(`b2b-social-media@${socialMediaAssessment.version}`);
  });

  it('tells a B2B seller with a B2C practice about the mismatch', async () => {
    const result = await runOnDisk(['score', 'examples/answers/b2b-manufacturer-instagram.json']);
    expect(result.stdout).toMatch(/Fit +Mismatch: you sell to businesses .*but your practice is on the B2C practice side/);
  });

  it('refuses answers with an unknown option or question, showing the code and path', async () => {
    const result = await runOnDisk(['score', 'test/cli/data/invalid-answers.json']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('✖ answers.market: "martians" is not an option of question "market" [unknown_option]');
    expect(result.stderr).toContain('✖ answers.favourite_colour: names unknown question "favourite_colour" [unknown_question]');
  });

  it('reports a missing file and a directory from the real file system in one line each', async () => {
    const missing = await runOnDisk(['score', 'examples/answers/nope.json']);
    expect(missing).toEqual({ code: 1, stdout: '', stderr: 'readiness-kit: cannot read examples/answers/nope.json: no such file [file_not_found]\n' });
    const directory = await runOnDisk(['validate', 'examples']);
    expect(directory.code).toBe(1);
    expect(directory.stderr).toBe('readiness-kit: cannot read examples: is a directory, not a file [is_a_directory]\n');
    expect(hasNoStackTrace(missing.stderr + directory.stderr)).toBe(true);
  });
});
