import { describe, expect, it } from 'vitest';
import { parseQuestionnaire, scoreAnswers, type Questionnaire } from '../../../src/core';
import { miniQuestionnaire } from '../../fixtures/miniQuestionnaire';

const withConfidence = (confidence: Questionnaire['confidence']): Questionnaire => ({ ...miniQuestionnaire(), confidence });

// The mini questionnaire shows a B2B seller five scorable questions (channel, formats, helpful, educational_share, community):
// the market earns no points and places no one on the axis, so it does not count.
const strongFew = { market: 'b2b', channel: 'linkedin', helpful: 5 } as const;
const strongAll = { market: 'b2b', channel: 'linkedin', formats: ['papers', 'cases'], helpful: 5, educational_share: 80, community: 'peers' } as const;

describe('provisional profiles', () => {
  it('claims no tier on two of five questions, however strong the answers, and says how many more a tier needs', () => {
    const profile = scoreAnswers(miniQuestionnaire(), strongFew);
    expect(profile.index).toBe(100);
    expect(profile).toMatchObject({ tier: null, uncappedTier: null, cappedBy: null, provisional: true });
    // Half of five, rounded up, is three: one more answer claims a tier.
    expect(profile.provisionalReason).toEqual({ code: 'too_few_answers', answered: 2, needed: 1 });
  });

  it('claims the tier once the minimum completeness is reached', () => {
    const profile = scoreAnswers(miniQuestionnaire(), { ...strongFew, formats: ['papers', 'cases'] });
    expect(profile).toMatchObject({ provisional: false, provisionalReason: null, tier: 'high' });
    expect(scoreAnswers(miniQuestionnaire(), strongAll)).toMatchObject({ provisional: false, tier: 'high', index: 100 });
  });

  it('reads the minimum completeness from the definition', () => {
    expect(scoreAnswers(withConfidence({ minCompleteness: 0 }), { channel: 'tiktok' })).toMatchObject({ provisional: false, tier: 'low' });
    const strict = scoreAnswers(withConfidence({ minCompleteness: 1 }), { ...strongFew, formats: ['papers'] });
    expect(strict.provisionalReason).toEqual({ code: 'too_few_answers', answered: 3, needed: 2 });
  });

  it('gives a dimension no score below its minimum of answers: "not enough answers", not a number', () => {
    const profile = scoreAnswers(withConfidence({ minAnswersPerDimension: 2, minCompleteness: 0 }), { market: 'b2b', channel: 'linkedin', helpful: 5, formats: ['papers'] });
    const reach = profile.dimensions.find((d) => d.id === 'reach')!;
    const depth = profile.dimensions.find((d) => d.id === 'depth')!;
    expect(reach).toMatchObject({ answered: 1, score: null, points: 3, maxPoints: 3 });
    expect(depth).toMatchObject({ answered: 2 });
    expect(depth.score).not.toBeNull();
    // The index and the strengths leave the unscored dimension out, rather than count it as zero or full.
    expect(profile.index).toBe(depth.score);
    expect(profile.strengths).not.toContain('reach');
  });

  it('rejects confidence settings out of range, with a path', () => {
    const issues = parseQuestionnaire(withConfidence({ minCompleteness: 1.5, minAnswersPerDimension: 0 })).issues;
    expect(issues.map((issue) => issue.path).sort()).toEqual(['confidence.minAnswersPerDimension', 'confidence.minCompleteness']);
  });
});
