import { describe, expect, it } from 'vitest';
import { parseQuestionnaire, scoreAnswers, type Questionnaire } from '../../../src/core';
import { miniQuestionnaire } from '../../fixtures/miniQuestionnaire';

/** The mini questionnaire where TikTok is full marks for consumer sellers, and memes and a low educational share are right for them. */
function byMarket(): Questionnaire {
  const q = miniQuestionnaire();
  const [profile, practice] = q.sections as [Questionnaire['sections'][number], Questionnaire['sections'][number]];
  const channel = profile.questions[1]!;
  if (channel.type !== 'single') throw new Error('fixture changed');
  channel.options[1]!.pointsFor = { b2c: { reach: 3 }, both: { reach: 2 } };
  channel.options[0]!.pointsFor = { b2c: { reach: 1 } };
  const formats = practice.questions[0]!;
  if (formats.type !== 'multi') throw new Error('fixture changed');
  formats.options[2]!.pointsFor = { b2c: { depth: 2 } };
  const share = practice.questions[2]!;
  if (share.type !== 'number') throw new Error('fixture changed');
  share.bands![0]!.pointsFor = { b2c: { depth: 3 } };
  const helpful = practice.questions[1]!;
  if (helpful.type !== 'likert') throw new Error('fixture changed');
  helpful.pointsFor = { b2c: { reach: 4 } };
  return q;
}

const scoreOf = (q: Questionnaire, answers: Record<string, unknown>, id: string) =>
  scoreAnswers(q, { helpful: 5, ...answers } as never).dimensions.find((d) => d.id === id)!;

describe('points by market', () => {
  it('is a valid definition', () => {
    expect(parseQuestionnaire(byMarket()).issues).toEqual([]);
  });

  it('scores a consumer seller against consumer practice: TikTok is full marks for them, LinkedIn is not', () => {
    const q = byMarket();
    expect(scoreOf(q, { market: 'b2c', channel: 'tiktok' }, 'reach').contributions[0]).toMatchObject({ questionId: 'channel', points: 3, maxPoints: 3 });
    expect(scoreOf(q, { market: 'b2c', channel: 'linkedin' }, 'reach').contributions[0]).toMatchObject({ points: 1, maxPoints: 3 });
    expect(scoreOf(q, { market: 'both', channel: 'tiktok' }, 'reach').contributions[0]).toMatchObject({ points: 2, maxPoints: 3 });
  });

  it('keeps the definition’s own points for business sellers and for an unanswered market', () => {
    const q = byMarket();
    for (const market of ['b2b', undefined]) {
      expect(scoreOf(q, { market, channel: 'tiktok' }, 'reach').contributions[0]).toMatchObject({ points: 1, maxPoints: 3 });
      expect(scoreOf(q, { market, channel: 'linkedin' }, 'reach').contributions[0]).toMatchObject({ points: 3, maxPoints: 3 });
    }
  });

  it('applies to multi-choice options, number bands and likert questions, moving the question to another dimension where it says so', () => {
    const q = byMarket();
    const consumer = scoreAnswers(q, { market: 'b2c', formats: ['memes'], educational_share: 5, helpful: 5 });
    const depth = consumer.dimensions.find((d) => d.id === 'depth')!;
    expect(depth.contributions.map((c) => [c.questionId, c.points, c.maxPoints])).toEqual([
      ['formats', 2, 4],
      ['educational_share', 3, 3],
    ]);
    // For consumer sellers helping without a sales ask counts in reach, not depth.
    expect(consumer.dimensions.find((d) => d.id === 'reach')!.contributions).toEqual([{ questionId: 'helpful', optionIds: [], value: 5, points: 4, maxPoints: 4 }]);
  });

  it('reports points by market that no fit question can pick, and markets the fit question does not have', () => {
    const noFit = byMarket();
    delete noFit.fit;
    expect(parseQuestionnaire(noFit).issues.map((issue) => [issue.code, issue.path])).toContainEqual(['points_for_without_fit', 'sections[0].questions[1].options[0].pointsFor']);
    const unknown = byMarket();
    const channel = unknown.sections[0]!.questions[1]!;
    if (channel.type === 'single') channel.options[0]!.pointsFor = { b2g: { reach: 1 }, b2c: { nowhere: 1 } };
    expect(parseQuestionnaire(unknown).issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['unknown_option', 'sections[0].questions[1].options[0].pointsFor.b2g'],
      ['unknown_dimension', 'sections[0].questions[1].options[0].pointsFor.b2c.nowhere'],
    ]);
  });
});
