import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scoreAnswers, validateAnswers, type Answers } from '../../src/core';
import { socialMediaAssessment } from '../../src/content/social-media';

const persona = (name: string): Answers => JSON.parse(readFileSync(`examples/answers/${name}.json`, 'utf8'));
const profileOf = (name: string) => {
  const answers = persona(name);
  expect(validateAnswers(socialMediaAssessment, answers).issues).toEqual([]);
  return scoreAnswers(socialMediaAssessment, answers);
};
const topIds = (profile: ReturnType<typeof scoreAnswers>, count: number) => profile.recommendations.slice(0, count).map((r) => r.id);

describe('golden profiles of the seeds’ personas', () => {
  it('an enterprise SaaS firm with a mature LinkedIn programme is a B2B-aligned social business network', () => {
    // Seed 1's B2B column and seed 2's five practices, followed: professional networks, education,
    // proof, advocacy and lead-quality metrics. Only the third network practice (sharing others'
    // content) is left undone, so that is the one thing the seeds would still ask of it.
    const profile = profileOf('enterprise-saas');
    expect(profile.axes[0]).toMatchObject({ id: 'orientation', side: 'positive' });
    expect(profile.axes[0]!.position!).toBeGreaterThan(40);
    expect(profile).toMatchObject({ tier: 'network', cappedBy: null, completeness: 1 });
    expect(profile.fit).toMatchObject({ status: 'aligned', isMismatch: false, market: 'b2b' });
    expect(topIds(profile, 3)).toEqual(['help_and_share']);
    expect(profile.kpis.filter((k) => k.benchmark).every((k) => k.band === 'within')).toBe(true);
  });

  it('a consumer fashion brand leans B2C, fits its market, and gets no B2B advice', () => {
    // Seed 1 says B2C practice (visual platforms, emotion, fast conversion) is right for consumer
    // sellers: a low B2B-readiness index is expected, not a failing, and the B2B-only advice stays quiet.
    const profile = profileOf('consumer-fashion');
    expect(profile.axes[0]!.position!).toBeLessThan(-40);
    expect(profile.tier).toBe('presence');
    expect(profile.fit).toMatchObject({ status: 'aligned', isMismatch: false, market: 'b2c', target: 'negative' });
    expect(topIds(profile, 3)).toEqual([]);
  });

  it('a B2B manufacturer running a consumer-style Instagram strategy is flagged as a mismatch', () => {
    // The case both seeds warn about: a business seller treating social media as a B2C media channel.
    // The mismatch leads, then the B2B takeaways: LinkedIn, education, lead quality, decision makers.
    const profile = profileOf('b2b-manufacturer-instagram');
    expect(profile.axes[0]!.position!).toBeLessThan(-40);
    expect(profile.tier).toBe('presence');
    expect(profile.fit).toMatchObject({ status: 'mismatch', isMismatch: true, market: 'b2b', target: 'positive', side: 'negative' });
    expect(topIds(profile, 5)).toEqual([
      'align_practice_with_business_buyers',
      'invest_in_linkedin',
      'educational_content_first',
      'track_lead_quality',
      'map_decision_makers',
    ]);
    const ctr = profile.kpis.find((k) => k.id === 'ctr');
    expect(ctr).toMatchObject({ band: 'below', standing: 'worse' });
    expect(profile.recommendations.find((r) => r.id === 'revise_creative_and_offer')?.reasons.map((r) => r.kind)).toEqual(['kpi', 'kpi']);
  });

  it('a company that answered nothing gets no judgement: no position, unknown fit, the first tier', () => {
    // With no answers, neither seed can say anything: scores stay empty rather than zero, and the
    // profile says so through completeness 0 instead of inventing advice.
    const profile = profileOf('empty');
    expect(profile.axes[0]).toMatchObject({ position: null, side: null });
    expect(profile).toMatchObject({ index: 0, tier: 'dormant', completeness: 0, strengths: [], gaps: [] });
    expect(profile.fit).toMatchObject({ status: 'unknown', isMismatch: false, market: null });
    expect(profile.recommendations).toEqual([]);
    expect(profile.dimensions.every((d) => d.score === null)).toBe(true);
  });
});
