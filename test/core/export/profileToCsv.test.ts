import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localise, PROFILE_CSV_COLUMNS, profileToCsv, scoreAnswers, type Answers, type Profile, type Questionnaire } from '../../../src/core';
import { socialMediaAssessment } from '../../../src/content/social-media';
import { miniQuestionnaire } from '../../fixtures/miniQuestionnaire';
import { parseCsv, parseCsvObjects } from './parseCsv';

const personaDir = 'examples/answers';
const personas = readdirSync(personaDir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => ({ name, profile: scoreAnswers(socialMediaAssessment, JSON.parse(readFileSync(`${personaDir}/${name}`, 'utf8')) as Answers) }));

/** A CSV number field back as a number; an empty field as null. */
const numberOf = (field: string | undefined) => (field === '' || field === undefined ? null : Number(field));
const plainNumber = /^-?\d+(\.\d+)?$/;

describe('profileToCsv', () => {
  it('has personas to check, with scores and KPI values among them', () => {
    expect(personas.map(({ name }) => name)).toEqual(expect.arrayContaining(['enterprise-saas.json', 'empty.json']));
    expect(personas.some(({ profile }) => profile.kpis.some((kpi) => kpi.value !== null))).toBe(true);
  });

  for (const { name, profile } of personas)
    it(`parses back to the same numbers, ids and states for ${name}`, () => {
      const csv = profileToCsv(profile, socialMediaAssessment);
      expect(parseCsv(csv)[0]).toEqual([...PROFILE_CSV_COLUMNS]);
      const rows = parseCsvObjects(csv);
      expect(rows).toHaveLength(1 + profile.dimensions.length + profile.kpis.length);

      const [index, ...rest] = rows;
      // A provisional profile claims no tier; one with nothing answered has no index either.
      const status = profile.index === null ? 'not_answered' : profile.provisional ? 'provisional' : 'ok';
      expect(index).toMatchObject({ kind: 'index', id: profile.tier ?? '', unit: 'score', status });
      const tier = socialMediaAssessment.tiers.find((candidate) => candidate.id === profile.tier);
      expect(index!.label).toBe(tier ? localise(tier.label) : '');
      expect(numberOf(index!.value)).toBe(profile.index);

      const dimensionRows = rest.filter((row) => row.kind === 'dimension');
      expect(dimensionRows.map((row) => row.id)).toEqual(profile.dimensions.map((dimension) => dimension.id));
      profile.dimensions.forEach((dimension, at) => {
        const row = dimensionRows[at]!;
        expect(numberOf(row.value), dimension.id).toBe(dimension.score);
        expect(row.status).toBe(dimension.score === null ? 'not_answered' : 'ok');
        expect(row.unit).toBe('score');
        expect(row.label).toBe(localise(socialMediaAssessment.dimensions.find((d) => d.id === dimension.id)!.label));
      });

      const kpiRows = rest.filter((row) => row.kind === 'kpi');
      expect(kpiRows.map((row) => row.id)).toEqual(profile.kpis.map((kpi) => kpi.id));
      profile.kpis.forEach((kpi, at) => {
        const row = kpiRows[at]!;
        expect(numberOf(row.value), kpi.id).toBe(kpi.value);
        expect(row).toMatchObject({ unit: kpi.unit, status: kpi.status, reason: kpi.reason ?? '', band: kpi.band ?? '', standing: kpi.standing ?? '' });
        expect(numberOf(row.benchmark_min)).toBe(kpi.benchmark?.min ?? null);
        expect(numberOf(row.benchmark_max)).toBe(kpi.benchmark?.max ?? null);
        expect(numberOf(row.target)).toBe(kpi.target ?? null);
      });

      for (const row of rows)
        for (const column of ['value', 'benchmark_min', 'benchmark_max', 'target'])
          if (row[column] !== '') expect(row[column], `${row.id}.${column}`).toMatch(plainNumber);
    });

  it('writes numbers the same whatever the runtime’s locale formatting would do', () => {
    const { profile } = personas.find(({ name }) => name === 'enterprise-saas.json')!;
    const csv = profileToCsv(profile, socialMediaAssessment, { locale: 'de-DE' });
    // A German formatter would write 1.234,5: the CSV's numbers must not change with the label locale.
    expect(parseCsvObjects(csv).map((row) => row.value)).toEqual(parseCsvObjects(profileToCsv(profile, socialMediaAssessment)).map((row) => row.value));
    const fractional = profile.dimensions.find((dimension) => dimension.score !== null && !Number.isInteger(dimension.score))!;
    expect(csv).toContain(`,${String(fractional.score)},`);
  });

  it('keeps labels with commas, quotes and line breaks whole, in the chosen locale', () => {
    const tricky = 'Audience, "decision" process\nand buying committee';
    const questionnaire: Questionnaire = {
      ...socialMediaAssessment,
      dimensions: socialMediaAssessment.dimensions.map((dimension) =>
        dimension.id === 'audience'
          ? { ...dimension, label: { en: tricky, 'zh-Hant': '受眾、"決策"與採購委員會' } }
          : dimension.id === 'platforms'
            ? { ...dimension, label: 'Platforms\r\nand presence' }
            : dimension,
      ),
      kpis: socialMediaAssessment.kpis?.map((kpi, at) => (at === 0 ? { ...kpi, label: { en: 'CTR, "click-through"', ha: 'Ƙimar dannawa, "CTR"' } } : kpi)),
    };
    const { profile } = personas.find(({ name }) => name === 'enterprise-saas.json')!;
    const firstKpi = profile.kpis[0]!.id;

    const english = parseCsvObjects(profileToCsv(profile, questionnaire));
    expect(english.find((row) => row.id === 'audience')?.label).toBe(tricky);
    expect(english.find((row) => row.id === firstKpi)?.label).toBe('CTR, "click-through"');
    expect(english.find((row) => row.id === 'platforms')?.label).toBe('Platforms\r\nand presence');
    expect(english.find((row) => row.id === 'audience')?.value).toBe(String(profile.dimensions.find((d) => d.id === 'audience')!.score));

    const chinese = parseCsvObjects(profileToCsv(profile, questionnaire, { locale: 'zh-Hant-TW' }));
    expect(chinese.find((row) => row.id === 'audience')?.label).toBe('受眾、"決策"與採購委員會');
    // No Chinese label for the KPI: the fallback chain ends in English.
    expect(chinese.find((row) => row.id === firstKpi)?.label).toBe('CTR, "click-through"');
    expect(parseCsvObjects(profileToCsv(profile, questionnaire, { locale: 'ha' })).find((row) => row.id === firstKpi)?.label).toBe(
      'Ƙimar dannawa, "CTR"',
    );
  });

  it('labels another questionnaire’s profile with that questionnaire', () => {
    const questionnaire = miniQuestionnaire();
    const profile = scoreAnswers(questionnaire, { market: 'b2b', channel: 'linkedin', formats: ['papers'] });
    const rows = parseCsvObjects(profileToCsv(profile, questionnaire, { locale: 'zh-Hant' }));
    expect(rows.filter((row) => row.kind === 'dimension').map((row) => [row.label, numberOf(row.value)])).toEqual([
      ['Reach', 100],
      ['深度', 50],
    ]);
  });

  it('ends every record with CRLF and adds a byte order mark only when asked', () => {
    const { profile } = personas[0]!;
    const csv = profileToCsv(profile, socialMediaAssessment);
    expect(csv.startsWith('kind,id,label,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    const withMark = profileToCsv(profile, socialMediaAssessment, { byteOrderMark: true });
    expect(withMark).toBe(`\uFEFF${csv}`);
  });

  it('refuses a questionnaire the profile was not scored with', () => {
    const profile: Profile = personas[0]!.profile;
    expect(() => profileToCsv(profile, miniQuestionnaire())).toThrow(/scored with "b2b-social-media", not "mini"/);
  });
});
