import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareProfiles, scoreAnswers, type Profile } from '../../../src/core';
import { socialMediaAssessment } from '../../../src/content/social-media';
import b2bManufacturerInstagram from '../../../examples/answers/b2b-manufacturer-instagram.json';
import consumerFashion from '../../../examples/answers/consumer-fashion.json';
import enterpriseSaas from '../../../examples/answers/enterprise-saas.json';
import { miniQuestionnaire } from '../../fixtures/miniQuestionnaire';

const RUNS = { numRuns: 200, seed: 20261122 };
const empty = scoreAnswers(socialMediaAssessment, {});

/** The empty profile of the bundled assessment with the given dimension scores (the rest unanswered). */
function withScores(scores: Record<string, number | null>): Profile {
  return {
    ...empty,
    dimensions: empty.dimensions.map((dimension) => ({ ...dimension, score: scores[dimension.id] ?? null })),
  };
}

const byId = (comparison: ReturnType<typeof compareProfiles>, id: string) => comparison.dimensions.find((d) => d.id === id)!;

describe('compareProfiles', () => {
  it('gives each dimension the scores in order, the min, max, mean and spread of those who answered', () => {
    const comparison = compareProfiles([
      { label: 'Marketing', profile: withScores({ audience: 20, platforms: 50 }) },
      { label: 'Sales', profile: withScores({ audience: 80, platforms: null }) },
      { label: 'Executive', profile: withScores({ audience: 50, platforms: 56 }) },
    ]);
    expect(comparison.labels).toEqual(['Marketing', 'Sales', 'Executive']);
    expect(byId(comparison, 'audience')).toEqual({
      id: 'audience',
      scores: [20, 80, 50],
      answered: 3,
      min: 20,
      max: 80,
      spread: 60,
      mean: 50,
      lowest: [0],
      highest: [1],
    });
    // Sales skipped platforms: the spread is over Marketing and the Executive only, not 56 − 0.
    expect(byId(comparison, 'platforms')).toMatchObject({ scores: [50, null, 56], answered: 2, min: 50, max: 56, spread: 6, mean: 53 });
  });

  it('has no spread where fewer than two answered, and nothing at all where nobody did', () => {
    const comparison = compareProfiles([
      { label: 'A', profile: withScores({ audience: 40 }) },
      { label: 'B', profile: withScores({}) },
    ]);
    expect(byId(comparison, 'audience')).toMatchObject({ answered: 1, min: 40, max: 40, mean: 40, spread: null, lowest: [0], highest: [0] });
    expect(byId(comparison, 'network')).toMatchObject({ answered: 0, min: null, max: null, mean: null, spread: null, lowest: [], highest: [] });
    expect(comparison.byDisagreement).toEqual([]);
  });

  it('ranks by spread, largest first; ties keep dimension order; zero spread last; unanswered left out', () => {
    const comparison = compareProfiles([
      { label: 'A', profile: withScores({ audience: 10, platforms: 30, content: 70, network: 50, proof: 20 }) },
      { label: 'B', profile: withScores({ audience: 30, platforms: 50, content: 10, network: 50, proof: null }) },
    ]);
    // content 60; audience and platforms tie at 20 and keep definition order; network 0; proof has one answer.
    expect(comparison.byDisagreement.map((d) => [d.id, d.spread])).toEqual([
      ['content', 60],
      ['audience', 20],
      ['platforms', 20],
      ['network', 0],
    ]);
  });

  it('names everyone tied for the lowest or highest score', () => {
    const comparison = compareProfiles([
      { label: 'A', profile: withScores({ audience: 70 }) },
      { label: 'B', profile: withScores({ audience: 30 }) },
      { label: 'C', profile: withScores({ audience: 70 }) },
      { label: 'D', profile: withScores({ audience: null }) },
    ]);
    expect(byId(comparison, 'audience')).toMatchObject({ lowest: [1], highest: [0, 2] });
  });

  it('compares the bundled personas: the enterprise and the consumer brand disagree most where their practice differs', () => {
    const personas = [
      { label: 'Enterprise', profile: scoreAnswers(socialMediaAssessment, enterpriseSaas) },
      { label: 'Consumer', profile: scoreAnswers(socialMediaAssessment, consumerFashion) },
      { label: 'Manufacturer', profile: scoreAnswers(socialMediaAssessment, b2bManufacturerInstagram) },
    ];
    const comparison = compareProfiles(personas);
    expect(comparison.dimensions.map((d) => d.id)).toEqual(socialMediaAssessment.dimensions.map((d) => d.id));
    for (const dimension of comparison.dimensions)
      expect(dimension.scores).toEqual(personas.map(({ profile }) => profile.dimensions.find((d) => d.id === dimension.id)?.score ?? null));
    const top = comparison.byDisagreement[0]!;
    expect(top.spread).toBeGreaterThan(50);
    expect(comparison.byDisagreement.every((d, i, all) => i === 0 || all[i - 1]!.spread! >= d.spread!)).toBe(true);
  });

  it('rounds scores first when asked, so spreads and ranking match whole numbers on screen', () => {
    const profiles = [
      { label: 'A', profile: withScores({ audience: 30.4, platforms: 30.5 }) },
      { label: 'B', profile: withScores({ audience: 16.6, platforms: 16.9 }) },
    ];
    // Exactly, audience (13.8) is ahead of platforms (13.6); shown as 30 − 17 = 13 and 31 − 17 = 14, platforms leads.
    expect(compareProfiles(profiles).byDisagreement.map((d) => d.id)).toEqual(['audience', 'platforms']);
    const rounded = compareProfiles(profiles, { scoreDecimals: 0 });
    expect(rounded.byDisagreement.map((d) => [d.id, d.spread])).toEqual([
      ['platforms', 14],
      ['audience', 13],
    ]);
    expect(byId(rounded, 'audience').scores).toEqual([30, 17]);
    expect(byId(compareProfiles(profiles, { scoreDecimals: 1 }), 'platforms').scores).toEqual([30.5, 16.9]);
  });

  it('refuses profiles of different questionnaires', () => {
    const mini = scoreAnswers(miniQuestionnaire(), { market: 'b2b' });
    expect(() => compareProfiles([{ label: 'A', profile: empty }, { label: 'B', profile: mini }])).toThrow(TypeError);
    expect(() => compareProfiles([{ label: 'A', profile: empty }, { label: 'B', profile: mini }])).toThrow(/one questionnaire/);
  });

  it('keeps the spread within the answered scores and the ranking in order, for any scores', () => {
    const ids = empty.dimensions.map((d) => d.id);
    const scoreArb = fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null });
    const profileArb = fc.tuple(...ids.map(() => scoreArb)).map((scores) => withScores(Object.fromEntries(ids.map((id, i) => [id, scores[i]!]))));
    fc.assert(
      fc.property(fc.array(profileArb, { minLength: 1, maxLength: 6 }), (profiles) => {
        const comparison = compareProfiles(profiles.map((profile, i) => ({ label: `P${i}`, profile })));
        for (const dimension of comparison.dimensions) {
          const answered = dimension.scores.filter((s): s is number => s !== null);
          expect(dimension.answered).toBe(answered.length);
          if (answered.length >= 2) expect(dimension.spread).toBe(dimension.max! - dimension.min!);
          else expect(dimension.spread).toBeNull();
          for (const score of answered) {
            expect(score).toBeGreaterThanOrEqual(dimension.min!);
            expect(score).toBeLessThanOrEqual(dimension.max!);
          }
          if (answered.length > 0) {
            expect(dimension.mean!).toBeGreaterThanOrEqual(dimension.min! - 1e-9);
            expect(dimension.mean!).toBeLessThanOrEqual(dimension.max! + 1e-9);
          }
        }
        const spreads = comparison.byDisagreement.map((d) => d.spread!);
        expect(spreads).toEqual([...spreads].sort((a, b) => b - a));
        expect(comparison.byDisagreement).toHaveLength(comparison.dimensions.filter((d) => d.answered >= 2).length);
      }),
      RUNS,
    );
  });
});
