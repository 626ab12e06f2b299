import { describe, expect, it } from 'vitest';
import { parseQuestionnaire, scoreAnswers, type Questionnaire, type Rule } from '../../../src/core';
import { miniQuestionnaire } from '../../fixtures/miniQuestionnaire';

const rule = (id: string, extra: Partial<Rule>): Rule => ({ id, priority: 'low', when: { question: 'market', answered: true }, title: id, body: id, ...extra });

/** The mini questionnaire with rules that name what they improve, two of them saying the same thing. */
function withRanking(rules: Rule[]): Questionnaire {
  return { ...miniQuestionnaire(), rules };
}

// Reach weighs 1 and depth 3 (of 4). With reach at 0 and depth at 50: full reach would add 25 index
// points, full depth 37.5.
const answers = { market: 'b2b', channel: 'none', helpful: 3, formats: ['papers'], educational_share: 30 } as const;

describe('ranking recommendations by impact', () => {
  it('gives each the index points it could win and ranks by them: high priority first, then impact', () => {
    const profile = scoreAnswers(
      withRanking([
        rule('reach_up', { improves: ['reach'] }),
        rule('depth_up', { improves: ['depth'] }),
        rule('both_up', { improves: ['reach', 'depth'] }),
        rule('author_high', { priority: 'high' }),
      ]),
      answers,
    );
    const depth = profile.dimensions.find((d) => d.id === 'depth')!.score!;
    expect(profile.recommendations.map((r) => [r.id, r.priority, r.impact])).toEqual([
      ['both_up', 'high', Math.round((25 + ((100 - depth) * 3) / 4) * 10) / 10],
      ['depth_up', 'high', Math.round((((100 - depth) * 3) / 4) * 10) / 10],
      ['reach_up', 'high', 25],
      // A rule that names no dimension keeps its author's priority and has no impact to rank by.
      ['author_high', 'high', 0],
    ]);
  });

  it('earns a lower priority when little is left to win: advice that could add few index points is not urgent', () => {
    const q = withRanking([rule('reach_up', { improves: ['reach'], priority: 'high' }), rule('depth_up', { improves: ['depth'] })]);
    // Depth weighs 2 of 10 here, so its shortfall moves the index a little.
    q.dimensions = [
      { id: 'reach', label: 'Reach', weight: 8 },
      { id: 'depth', label: 'Depth', weight: 2 },
    ];
    const profile = scoreAnswers(q, { market: 'b2b', channel: 'linkedin', community: 'peers', helpful: 5, formats: ['papers', 'cases'], educational_share: 50 });
    const byId = Object.fromEntries(profile.recommendations.map((r) => [r.id, r]));
    // Reach is full: nothing to win, so low, whatever its author said.
    expect(byId.reach_up).toMatchObject({ impact: 0, priority: 'low' });
    // Depth scores 9 of 11 points: 18.2 short of full, a fifth of the index, is 3.6 index points.
    expect(byId.depth_up).toMatchObject({ impact: 3.6, priority: 'medium' });
    expect(profile.recommendations.map((r) => r.id)).toEqual(['depth_up', 'reach_up']);
  });

  it('gives one recommendation per group: the best ranked of those that fire', () => {
    const q = withRanking([
      rule('say_it_once', { improves: ['reach'], group: 'same_advice' }),
      rule('say_it_again', { improves: ['reach', 'depth'], group: 'same_advice' }),
      rule('other', { improves: ['depth'] }),
    ]);
    expect(scoreAnswers(q, answers).recommendations.map((r) => r.id)).toEqual(['say_it_again', 'other']);
  });

  it('reports a rule that improves a dimension the definition does not have', () => {
    const issues = parseQuestionnaire(withRanking([rule('x', { improves: ['reach', 'width'] })])).issues;
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([['unknown_dimension', 'rules[0].improves[1]']]);
  });
});
