import { describe, expect, it } from 'vitest';
import { parseQuestionnaire, type Questionnaire } from '../../../src/core';
import { miniQuestionnaire } from '../../fixtures/miniQuestionnaire';

/** The mini questionnaire with a quick check of `questions` (and any other quick-check fields). */
function withQuickCheck(quickCheck: unknown): unknown {
  return { ...miniQuestionnaire(), quickCheck };
}

const issuesOf = (definition: unknown) => {
  const result = parseQuestionnaire(definition);
  return result.ok ? [] : result.issues.map(({ code, path, params }) => ({ code, path, params }));
};

describe('a definition’s quick check', () => {
  it('accepts known questions, once each, with an optional minimum of answers per dimension', () => {
    const result = parseQuestionnaire(withQuickCheck({ questions: ['market', 'channel', 'helpful'], minAnswersPerDimension: 1 }));
    expect(result.ok).toBe(true);
    expect(result.ok && (result.value as Questionnaire).quickCheck?.questions).toEqual(['market', 'channel', 'helpful']);
  });

  it('names a question the questionnaire does not have, with its place in the list', () => {
    expect(issuesOf(withQuickCheck({ questions: ['market', 'chanel'] }))).toEqual([
      { code: 'unknown_question', path: 'quickCheck.questions[1]', params: { id: 'chanel' } },
    ]);
  });

  it('names a question listed twice, and where it was first listed', () => {
    expect(issuesOf(withQuickCheck({ questions: ['market', 'channel', 'market'] }))).toEqual([
      { code: 'quick_check_duplicate', path: 'quickCheck.questions[2]', params: { id: 'market', firstPath: 'quickCheck.questions[0]' } },
    ]);
  });

  it('refuses a question shown only after an answer the quick check does not ask, naming that answer', () => {
    // `community` is shown only once `market` is answered b2b or both.
    expect(issuesOf(withQuickCheck({ questions: ['channel', 'community'] }))).toEqual([
      { code: 'quick_check_condition_outside', path: 'quickCheck.questions[1]', params: { id: 'community', dependsOn: 'market' } },
    ]);
    expect(issuesOf(withQuickCheck({ questions: ['market', 'community'] }))).toEqual([]);
  });

  it('refuses an empty list, a zero minimum and unknown fields by shape', () => {
    expect(issuesOf(withQuickCheck({ questions: [] })).map((issue) => [issue.code, issue.path])).toEqual([['too_small', 'quickCheck.questions']]);
    expect(issuesOf(withQuickCheck({ questions: ['market'], minAnswersPerDimension: 0 })).map((issue) => [issue.code, issue.path])).toEqual([
      ['too_small', 'quickCheck.minAnswersPerDimension'],
    ]);
    expect(issuesOf(withQuickCheck({ questions: ['market'], minutes: 3 })).map((issue) => [issue.code, issue.path])).toEqual([['unknown_field', 'quickCheck.minutes']]);
  });
});
