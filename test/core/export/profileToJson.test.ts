import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProfileJson, PROFILE_EXPORT_FORMAT, profileToJson, scoreAnswers, type Answers } from '../../../src/core';
import { socialMediaAssessment } from '../../../src/content/social-media';

const personaDir = 'examples/answers';
const personas = readdirSync(personaDir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => ({ name, profile: scoreAnswers(socialMediaAssessment, JSON.parse(readFileSync(`${personaDir}/${name}`, 'utf8')) as Answers) }));
const { profile: enterprise } = personas.find(({ name }) => name === 'enterprise-saas.json')!;

/** An export of the enterprise profile, changed by `edit`, as JSON text. */
function edited(edit: (data: Record<string, any>) => void): string {
  const data = JSON.parse(profileToJson(enterprise));
  edit(data);
  return JSON.stringify(data);
}

describe('profileToJson', () => {
  for (const { name, profile } of personas)
    it(`round-trips ${name} through JSON text`, () => {
      const text = profileToJson(profile);
      expect(JSON.parse(text).profile).toEqual(profile);
      const result = parseProfileJson(text);
      expect(result.ok && result.value.profile).toEqual(profile);
    });

  it('wraps the profile with a format marker, a version and the questionnaire', () => {
    const data = JSON.parse(profileToJson(enterprise));
    expect(Object.keys(data)).toEqual(['format', 'version', 'questionnaire', 'profile']);
    expect(data).toMatchObject({
      format: 'readiness-kit/profile',
      version: 1,
      questionnaire: { id: socialMediaAssessment.id, version: socialMediaAssessment.version },
    });
  });

  it('is reproducible: no time unless one is given', () => {
    expect(profileToJson(enterprise)).toBe(profileToJson(enterprise));
    const data = JSON.parse(profileToJson(enterprise, { exportedAt: new Date(Date.UTC(2025, 0, 31, 9)) }));
    expect(data.exportedAt).toBe('2025-01-31T09:00:00.000Z');
    expect(profileToJson(enterprise, { space: 0 })).not.toContain('\n');
  });
});

describe('parseProfileJson', () => {
  it('rejects text that is not JSON, or not an object', () => {
    expect(parseProfileJson('{"format":')).toMatchObject({ ok: false, issues: [{ code: 'invalid_json' }] });
    expect(parseProfileJson('[1]')).toMatchObject({ ok: false, issues: [{ code: 'invalid_type', path: '' }] });
  });

  it('rejects a foreign file and a version it does not know', () => {
    expect(parseProfileJson(edited((d) => (d.format = 'someone-else/profile')))).toMatchObject({
      ok: false,
      issues: [{ code: 'invalid_value', path: 'format', params: { expected: [PROFILE_EXPORT_FORMAT] } }],
    });
    expect(parseProfileJson(edited((d) => (d.version = 2)))).toMatchObject({ ok: false, issues: [{ code: 'invalid_value', path: 'version' }] });
  });

  it('reports each broken field of the profile by path', () => {
    const result = parseProfileJson(
      edited((d) => {
        d.profile.dimensions[2].score = '47';
        delete d.profile.kpis;
        d.profile.index = '47';
        d.profile.tier = 3;
      }),
    );
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['invalid_type', 'profile.index'],
      ['invalid_type', 'profile.tier'],
      ['missing_field', 'profile.kpis'],
      ['invalid_type', 'profile.dimensions[2].score'],
    ]);
  });

  it('reads a file written before profiles could be provisional as a final profile, tier and all', () => {
    const result = parseProfileJson(
      edited((d) => {
        delete d.profile.provisional;
        delete d.profile.provisionalReason;
      }),
    );
    expect(result.ok && result.value.profile).toEqual({ ...enterprise, provisional: false, provisionalReason: null });
  });

  it('reads a provisional profile with no index and no tier, and refuses a provisional flag that is not a boolean', () => {
    const blank = scoreAnswers(socialMediaAssessment, {});
    expect(blank).toMatchObject({ index: null, tier: null, provisional: true });
    const result = parseProfileJson(profileToJson(blank));
    expect(result.ok && result.value.profile).toEqual(blank);
    expect(parseProfileJson(edited((d) => (d.profile.provisional = 'yes'))).issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['invalid_type', 'profile.provisional'],
    ]);
  });

  it('rejects an envelope that names another questionnaire than its profile', () => {
    expect(parseProfileJson(edited((d) => (d.questionnaire.id = 'other')))).toMatchObject({
      ok: false,
      issues: [{ code: 'invalid_value', path: 'profile.questionnaireId', params: { expected: ['other'] } }],
    });
    expect(parseProfileJson(edited((d) => delete d.questionnaire))).toMatchObject({ ok: false, issues: [{ code: 'missing_field', path: 'questionnaire' }] });
  });
});
