import { describe, expect, it, vi } from 'vitest';
import { runInMemory } from './fixtures';

/*
 * A bundled assessment that does not validate is the kit's own bug: not the user's input (1) and not
 * the command line (2), but `ExitCode.internal`, 70, with the issues and a request to report it.
 */
vi.mock('../../src/content/social-media', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/content/social-media')>();
  return { ...real, socialMediaAssessment: { ...real.socialMediaAssessment, locales: ['en', 'en'] } };
});

describe('a broken bundled assessment', () => {
  it.each([
    ['score', ['score', 'a.json']],
    ['score --ndjson', ['score', '--ndjson', 'a.ndjson']],
  ])('makes %s exit 70, saying it is the kit’s to fix', async (_name, argv) => {
    const { code, stdout, stderr } = await runInMemory(argv, { 'a.json': '{}', 'a.ndjson': '{}\n' });
    expect(code).toBe(70);
    expect(stdout).toBe('');
    expect(stderr).toContain('readiness-kit: the bundled assessment is invalid, please report this\n(bundled assessment)\n');
    expect(stderr).toContain('✖ locales[1]: locale "en" is already listed at locales[0] [duplicate_locale]');
  });

  it('leaves a definition given with -q to be judged on its own', async () => {
    const definition = JSON.stringify({
      id: 'own', version: '1', title: 'Own', locales: ['en'],
      dimensions: [{ id: 'd', label: 'D' }],
      sections: [{ id: 's', title: 'S', questions: [{ id: 'q', type: 'likert', label: 'Q', points: { d: 1 } }] }],
      tiers: [{ id: 't', label: 'T', min: 0, max: 100 }],
    });
    const { code, stderr } = await runInMemory(['score', 'a.json', '-q', 'd.json', '--format', 'json'], { 'a.json': '{"q": 5}', 'd.json': definition });
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  });
});
