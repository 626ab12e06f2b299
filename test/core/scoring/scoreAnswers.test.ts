import { describe, expect, it } from 'vitest';
import { parseQuestionnaire, ReadinessError, scoreAnswers, type Questionnaire } from '../../../src/core';
import { miniQuestionnaire } from '../../fixtures/miniQuestionnaire';

function mini(): Questionnaire {
  const result = parseQuestionnaire(miniQuestionnaire());
  if (!result.ok) throw new Error('fixture invalid');
  return result.value;
}

const dimension = (profile: ReturnType<typeof scoreAnswers>, id: string) => profile.dimensions.find((d) => d.id === id)!;

describe('scoreAnswers', () => {
  it('scores a dimension as points earned over points achievable on answered questions', () => {
    const profile = scoreAnswers(mini(), { channel: 'tiktok', formats: ['papers'], helpful: 3 });
    expect(dimension(profile, 'reach')).toMatchObject({ points: 1, maxPoints: 3 });
    expect(dimension(profile, 'reach').score).toBeCloseTo(33.333, 2);
    // formats: 2 of 4 (top two options), helpful: (3-1)/4 × 4 = 2 of 4
    expect(dimension(profile, 'depth')).toMatchObject({ points: 4, maxPoints: 8, score: 50 });
  });

  it('lists each contribution so a result can say why', () => {
    const profile = scoreAnswers(mini(), { formats: ['papers', 'cases'], helpful: 5, educational_share: 80 });
    expect(dimension(profile, 'depth').contributions).toEqual([
      { questionId: 'formats', optionIds: ['papers', 'cases'], points: 4, maxPoints: 4 },
      { questionId: 'helpful', optionIds: [], value: 5, points: 4, maxPoints: 4 },
      { questionId: 'educational_share', optionIds: [], value: 80, points: 3, maxPoints: 3 },
    ]);
  });

  it('gives no penalty for a skipped question', () => {
    const profile = scoreAnswers(mini(), { channel: 'linkedin' });
    expect(dimension(profile, 'reach').score).toBe(100);
    expect(dimension(profile, 'depth').score).toBeNull();
  });

  it('gives no penalty for a hidden question, even one answered before it was hidden', () => {
    const shown = scoreAnswers(mini(), { market: 'b2b', channel: 'linkedin', community: 'fans' });
    expect(dimension(shown, 'reach').score).toBe(60);
    const hidden = scoreAnswers(mini(), { market: 'b2c', channel: 'linkedin', community: 'fans' });
    expect(dimension(hidden, 'reach').score).toBe(100);
    expect(hidden.dimensions.flatMap((d) => d.contributions).map((c) => c.questionId)).not.toContain('community');
  });

  it('weights the index by dimension weight and ignores unscored dimensions', () => {
    const profile = scoreAnswers(mini(), { channel: 'linkedin', helpful: 1 });
    // reach 100 × 1, depth 0 × 3 → 25
    expect(profile.index).toBe(25);
    expect(scoreAnswers(mini(), { channel: 'linkedin' }).index).toBe(100);
  });

  it('places the answers on the axis from −100 to +100', () => {
    expect(scoreAnswers(mini(), { channel: 'linkedin', formats: ['papers', 'memes'] }).axes[0]).toMatchObject({
      id: 'orientation',
      position: 50,
      side: 'positive',
    });
    expect(scoreAnswers(mini(), { channel: 'tiktok', helpful: 1 }).axes[0]).toMatchObject({ position: -100, side: 'negative' });
    expect(scoreAnswers(mini(), {}).axes[0]).toMatchObject({ position: null, side: null });
  });

  it('flags a B2B seller with a B2C-style practice as a mismatch', () => {
    const fit = scoreAnswers(mini(), { market: 'b2b', channel: 'tiktok', formats: ['memes'] }).fit;
    expect(fit).toMatchObject({ status: 'mismatch', isMismatch: true, market: 'b2b', target: 'positive', side: 'negative' });
  });

  it('reads fit as aligned, mixed or unknown otherwise', () => {
    expect(scoreAnswers(mini(), { market: 'b2b', channel: 'linkedin' }).fit.status).toBe('aligned');
    expect(scoreAnswers(mini(), { market: 'b2b', channel: 'linkedin', formats: ['memes'], helpful: 3 }).fit.status).toBe('mixed');
    expect(scoreAnswers(mini(), { market: 'both', channel: 'tiktok' }).fit.status).toBe('aligned');
    expect(scoreAnswers(mini(), { channel: 'tiktok' }).fit.status).toBe('unknown');
    expect(scoreAnswers(mini(), { market: 'b2c' }).fit.status).toBe('unknown');
  });

  it('caps the tier at one above the weakest dimension', () => {
    // reach 100, depth 25 (weight 3) → index 43.75 → mid; weakest 25 is low → cap mid: not capped.
    const notCapped = scoreAnswers(mini(), { channel: 'linkedin', helpful: 2 });
    expect(notCapped).toMatchObject({ tier: 'mid', uncappedTier: 'mid', cappedBy: null });
    const definition = miniQuestionnaire();
    definition.tiers = [
      { id: 't1', label: '1', min: 0, max: 20 },
      { id: 't2', label: '2', min: 20, max: 40 },
      { id: 't3', label: '3', min: 40, max: 60 },
      { id: 't4', label: '4', min: 60, max: 100 },
    ];
    definition.dimensions = definition.dimensions.map((d) => ({ ...d, weight: d.id === 'depth' ? 1 : 9 }));
    // reach 100 × 9, depth 0 × 1 → index 90 → t4, but depth 0 is t1 → capped at t2
    expect(scoreAnswers(definition, { channel: 'linkedin', helpful: 1 })).toMatchObject({
      tier: 't2',
      uncappedTier: 't4',
      cappedBy: 'depth',
    });
  });

  it('measures completeness over visible scorable questions', () => {
    const q = mini();
    // scorable and visible without a market answer: channel, formats, helpful, educational_share (community hidden)
    expect(scoreAnswers(q, { channel: 'none', helpful: 3 }).completeness).toBe(0.5);
    expect(scoreAnswers(q, {}).completeness).toBe(0);
    expect(scoreAnswers(q, { market: 'b2b', channel: 'none' }).completeness).toBe(0.2);
  });

  it('names strengths best first and gaps weakest first', () => {
    const profile = scoreAnswers(mini(), { channel: 'linkedin', helpful: 1 });
    expect(profile.strengths).toEqual(['reach']);
    expect(profile.gaps).toEqual(['depth']);
    expect(scoreAnswers(mini(), { channel: 'linkedin', helpful: 1 }, { gapThreshold: 0 }).gaps).toEqual([]);
  });

  it('leaves invalid answers out and reports them, without throwing', () => {
    const profile = scoreAnswers(mini(), { channel: 'myspace', helpful: 9, ghost: 1, formats: 'papers', leads: -1 } as never);
    expect(profile.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['unknown_option', 'answers.channel'],
      ['answer_out_of_range', 'answers.helpful'],
      ['unknown_question', 'answers.ghost'],
      ['answer_wrong_type', 'answers.formats'],
      ['answer_out_of_range', 'answers.leads'],
    ]);
    expect(profile.dimensions.flatMap((d) => d.contributions)).toEqual([]);
    expect(profile).toMatchObject({ index: null, tier: null, provisional: true, provisionalReason: { code: 'no_answers' } });
  });

  it('says which questionnaire and version produced the profile', () => {
    expect(scoreAnswers(mini(), {})).toMatchObject({ questionnaireId: 'mini', questionnaireVersion: '1.0.0' });
  });

  it('gives an empty profile for no answers: no index, no tier, no fit, and says so', () => {
    const profile = scoreAnswers(mini(), {});
    expect(profile).toMatchObject({ index: null, tier: null, uncappedTier: null, cappedBy: null, completeness: 0, strengths: [], gaps: [] });
    expect(profile).toMatchObject({ provisional: true, provisionalReason: { code: 'no_answers', answered: 0 } });
    expect(profile.dimensions.every((d) => d.score === null)).toBe(true);
    expect(profile.kpis.every((k) => k.status === 'not_available')).toBe(true);
  });

  it('throws a coded ReadinessError for a definition that never passed validation', () => {
    const broken = miniQuestionnaire();
    broken.tiers[0]!.min = 5;
    let error: unknown;
    try {
      scoreAnswers(broken, {});
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ReadinessError);
    expect((error as ReadinessError).code).toBe('invalid_questionnaire');
    expect((error as ReadinessError).issues[0]).toMatchObject({ code: 'tiers_not_contiguous', path: 'tiers[0].min' });
  });

  it('scores a definition written in code without parsing it first', () => {
    expect(scoreAnswers(miniQuestionnaire(), { channel: 'linkedin' }).index).toBe(100);
  });

  it('does not change the answers it is given', () => {
    const answers = Object.freeze({ market: 'b2c', community: 'fans', formats: Object.freeze(['papers']) });
    expect(() => scoreAnswers(mini(), answers)).not.toThrow();
    expect(answers).toEqual({ market: 'b2c', community: 'fans', formats: ['papers'] });
  });
});
