import { describe, expect, it } from 'vitest';
import { scoreAnswers } from '../../../src/core';
import { miniQuestionnaire } from '../../fixtures/miniQuestionnaire';

describe('getRecommendations (through scoreAnswers)', () => {
  it('fires the rules whose conditions hold, high priority first, then in definition order', () => {
    const profile = scoreAnswers(miniQuestionnaire(), {
      market: 'b2b',
      channel: 'tiktok',
      formats: ['memes'],
      helpful: 2,
      clicks: 10,
      impressions: 10000,
    });
    expect(profile.recommendations.map((r) => [r.id, r.priority])).toEqual([
      ['deepen', 'high'],
      ['mismatch', 'high'],
      ['go_pro', 'medium'],
      ['ctr_low', 'low'],
      ['not_helpful', 'low'],
    ]);
  });

  it('gives each recommendation the reasons that triggered it', () => {
    const profile = scoreAnswers(miniQuestionnaire(), { market: 'b2b', channel: 'tiktok', formats: ['memes'], helpful: 2 });
    const byId = Object.fromEntries(profile.recommendations.map((r) => [r.id, r.reasons]));
    expect(byId.go_pro).toMatchObject([{ kind: 'answer', questionId: 'channel', value: 'tiktok', test: 'equals "tiktok"' }]);
    expect(byId.mismatch).toMatchObject([{ kind: 'fit', status: 'mismatch', test: 'fit mismatch' }]);
    expect(byId.deepen?.[0]).toMatchObject({ kind: 'dimension', dimensionId: 'depth', score: 12.5 });
  });

  it('fires nothing on a dimension or KPI that has no value', () => {
    expect(scoreAnswers(miniQuestionnaire(), {}).recommendations).toEqual([]);
  });
});
