import { describe, expect, it } from 'vitest';
import { scoreAnswers } from '../../src/core';
import { socialMediaAssessment } from '../../src/content/social-media';
import { bestAnswersFor } from './bestAnswers';

const topTier = socialMediaAssessment.tiers.at(-1)!.id;
const bestConsumer = bestAnswersFor(socialMediaAssessment, 'b2c', -1);
const bestBusiness = bestAnswersFor(socialMediaAssessment, 'b2b', 1);

describe('maturity is judged against the practice that fits the market', () => {
  it('gives a consumer seller with the best consumer answers full marks and the top tier', () => {
    const profile = scoreAnswers(socialMediaAssessment, bestConsumer);
    expect(profile).toMatchObject({ index: 100, tier: topTier, provisional: false, cappedBy: null });
    expect(profile.fit).toMatchObject({ status: 'aligned', market: 'b2c', side: 'negative' });
    expect(profile.recommendations).toEqual([]);
  });

  it('gives a business seller with the best business answers full marks and the top tier', () => {
    const profile = scoreAnswers(socialMediaAssessment, bestBusiness);
    expect(profile).toMatchObject({ index: 100, tier: topTier, provisional: false });
    expect(profile.fit).toMatchObject({ status: 'aligned', market: 'b2b', side: 'positive' });
  });

  it('does not crown the same consumer practice for a business seller: it is a mismatch, below the top tier', () => {
    // Governance, network and community practice serve either market, so the index stays fair; the
    // consumer-side choices lose their marks and the fit flags the mismatch.
    const profile = scoreAnswers(socialMediaAssessment, { ...bestConsumer, market: 'b2b' });
    expect(profile.fit).toMatchObject({ status: 'mismatch', market: 'b2b' });
    expect(profile.tier).not.toBe(topTier);
    expect(profile.index!).toBeLessThan(80);
    expect(profile.recommendations[0]?.id).toBe('align_practice_with_business_buyers');
  });

  it('lets a seller to both markets reach the top tier with either practice', () => {
    for (const answers of [bestConsumer, bestBusiness]) {
      const profile = scoreAnswers(socialMediaAssessment, { ...answers, market: 'both' });
      expect(profile.fit.status).toBe('aligned');
      expect(profile.index!).toBeGreaterThanOrEqual(80);
    }
  });
});
