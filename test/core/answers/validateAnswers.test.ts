import { describe, expect, it } from 'vitest';
import { isAnswered, validateAnswers } from '../../../src/core';
import { miniQuestionnaire } from '../../fixtures/miniQuestionnaire';

const codesOf = (answers: unknown, options?: Parameters<typeof validateAnswers>[2]) =>
  validateAnswers(miniQuestionnaire(), answers, options).issues.map((issue) => [issue.code, issue.path]);

describe('validateAnswers', () => {
  it('returns the answers when every one is valid', () => {
    const answers = { market: 'b2b', formats: ['papers', 'cases'], helpful: 4, educational_share: 55.5, leads: 3, email: 'a@b.co', company: 'Acme' };
    expect(validateAnswers(miniQuestionnaire(), answers)).toEqual({ ok: true, value: answers, issues: [] });
  });

  it.each([
    ['an unknown question', { ghost: 'x' }, 'unknown_question', 'answers.ghost'],
    ['an unknown option', { market: 'b2g' }, 'unknown_option', 'answers.market'],
    ['a number for a choice', { market: 1 }, 'answer_wrong_type', 'answers.market'],
    ['a string for a multi choice', { formats: 'papers' }, 'answer_wrong_type', 'answers.formats'],
    ['an unknown option in a multi choice', { formats: ['papers', 'reels'] }, 'unknown_option', 'answers.formats[1]'],
    ['the same option twice', { formats: ['papers', 'papers'] }, 'duplicate_option', 'answers.formats[1]'],
    ['more options than allowed', { formats: ['papers', 'cases', 'memes'] }, 'too_many_options', 'answers.formats'],
    ['a Likert answer of 6', { helpful: 6 }, 'answer_out_of_range', 'answers.helpful'],
    ['a Likert answer of 2.5', { helpful: 2.5 }, 'not_an_integer', 'answers.helpful'],
    ['a number below its min', { educational_share: -1 }, 'answer_out_of_range', 'answers.educational_share'],
    ['a number above its max', { educational_share: 101 }, 'answer_out_of_range', 'answers.educational_share'],
    ['a fraction for a whole number', { leads: 2.5 }, 'not_an_integer', 'answers.leads'],
    ['NaN', { leads: Number.NaN }, 'answer_wrong_type', 'answers.leads'],
    ['Infinity', { spend: Number.POSITIVE_INFINITY }, 'answer_wrong_type', 'answers.spend'],
    ['a number as text', { spend: '100' }, 'answer_wrong_type', 'answers.spend'],
    ['a malformed email', { email: 'not-an-email' }, 'invalid_email', 'answers.email'],
    ['text over its limit', { company: 'x'.repeat(21) }, 'text_too_long', 'answers.company'],
  ])('reports %s with its code and path', (_name, answers, code, path) => {
    expect(codesOf(answers)).toEqual([[code, path]]);
  });

  it.each([null, [], 'answers', 3])('reports answers that are not an object (%j)', (answers) => {
    expect(codesOf(answers)).toEqual([['invalid_type', 'answers']]);
  });

  it('reports required questions left unanswered only when asked to', () => {
    expect(codesOf({})).toEqual([]);
    expect(codesOf({ channel: 'none' }, { requireAnswersTo: ['market', 'channel'] })).toEqual([['required', 'answers.market']]);
  });

  it('treats prototype keys as unknown questions, not as members', () => {
    const answers = JSON.parse('{"__proto__": {"polluted": true}, "constructor": 1}');
    expect(codesOf(answers)).toEqual([
      ['unknown_question', 'answers.__proto__'],
      ['unknown_question', 'answers.constructor'],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('isAnswered', () => {
  it('counts blank text and empty lists as unanswered, and zero as answered', () => {
    expect([undefined, '', '  ', []].map((value) => isAnswered(value as never))).toEqual([false, false, false, false]);
    expect([0, 'x', ['a']].map((value) => isAnswered(value))).toEqual([true, true, true]);
  });
});
