import { describe, expect, it } from 'vitest';
import {
  computeKpi,
  createAssessmentStore,
  estimateSecondsLeft,
  findPeerSegment,
  LIMITS,
  scoreAnswers,
  validateAnswer,
  validateAnswers,
  type Issue,
  type Kpi,
  type PeerBenchmark,
} from '../../../src/core';
import { socialMediaAssessment } from '../../../src/content/social-media';
import { miniQuestionnaire } from '../../fixtures/miniQuestionnaire';

const codesAndPaths = (issues: readonly Issue[]) => issues.map(({ code, path }) => [code, path]);

describe('answers far past any limit: one coded issue, never a throw', () => {
  it('scores a multi answer of 100,000 items (the reproduction) with one too_many_options issue', () => {
    const answers = { market: 'b2b', next_steps: Array<string>(100_000).fill('linkedin') };
    const profile = scoreAnswers(socialMediaAssessment, answers);
    expect(codesAndPaths(profile.issues)).toEqual([['too_many_options', 'answers.next_steps']]);
    expect(profile.issues[0]!.params).toEqual({ max: 8, count: 100_000 });
    // The valid answer is still counted: the market is known.
    expect(profile.fit.market).toBe('b2b');
  });

  it('validates 100,000 distinct invalid items with the same single issue, as validateAnswer does', () => {
    const items = Array.from({ length: 100_000 }, (_, index) => `option_${index}`);
    const result = validateAnswers(socialMediaAssessment, { next_steps: items });
    expect(result.ok).toBe(false);
    expect(codesAndPaths(result.issues)).toEqual([['too_many_options', 'answers.next_steps']]);
    const question = socialMediaAssessment.sections.flatMap((section) => section.questions).find((q) => q.id === 'next_steps')!;
    expect(codesAndPaths(validateAnswer(question, items, ['answers', 'next_steps']))).toEqual([['too_many_options', 'answers.next_steps']]);
  });

  it('still names each duplicate and unknown item of a list within its limit', () => {
    expect(codesAndPaths(validateAnswers(socialMediaAssessment, { next_steps: ['demo', 'demo', 'fax'] }).issues)).toEqual([
      ['duplicate_option', 'answers.next_steps[1]'],
      ['unknown_option', 'answers.next_steps[2]'],
    ]);
  });

  it.each([
    ['a choice', 'market'],
    ['a text', 'company'],
    ['an email', 'email'],
  ])('reports a 5 MB string for %s question as answer_too_long, with its length', (_kind, id) => {
    const huge = 'x'.repeat(5_000_000);
    const result = validateAnswers(miniQuestionnaire(), { [id]: huge });
    expect(codesAndPaths(result.issues)).toEqual([['answer_too_long', `answers.${id}`]]);
    expect(result.issues[0]!.params).toEqual({ length: 5_000_000, maxLength: LIMITS.maxAnswerLength });
  });

  it('reports a 5 MB item of a multi answer at its index', () => {
    const result = validateAnswers(miniQuestionnaire(), { formats: ['papers', 'y'.repeat(5_000_000)] });
    expect(codesAndPaths(result.issues)).toEqual([['answer_too_long', 'answers.formats[1]']]);
  });

  it('cuts a 5 MB unknown key or option id to 64 characters in the issue', () => {
    const key = 'k'.repeat(5_000_000);
    const [unknownKey] = validateAnswers(miniQuestionnaire(), { [key]: 1 }).issues;
    expect(unknownKey).toMatchObject({ code: 'unknown_question', params: { id: `${'k'.repeat(64)}…` } });
    expect(unknownKey!.message.length).toBeLessThan(200);
    const [unknownOption] = validateAnswers(miniQuestionnaire(), { formats: ['o'.repeat(9_000)] }).issues;
    expect(unknownOption).toMatchObject({ code: 'unknown_option', params: { id: `${'o'.repeat(64)}…` } });
  });

  it('checks a 9,000-character email without a dot by its length, not by backtracking through it', () => {
    const result = validateAnswers(miniQuestionnaire(), { email: `a@${'b'.repeat(9_000)}` });
    expect(codesAndPaths(result.issues)).toEqual([['invalid_email', 'answers.email']]);
  });

  it('lists at most LIMITS.maxIssues issues, then how many more', () => {
    const answers = Object.fromEntries(Array.from({ length: 100_000 }, (_, index) => [`ghost_${index}`, 'x']));
    const result = validateAnswers(miniQuestionnaire(), answers);
    expect(result.issues).toHaveLength(LIMITS.maxIssues + 1);
    expect(result.issues.at(-1)).toMatchObject({ code: 'more_issues', path: '', params: { count: 100_000 - LIMITS.maxIssues } });
    expect(scoreAnswers(miniQuestionnaire(), answers).issues).toHaveLength(LIMITS.maxIssues + 1);
  });
});

describe('answers from host code are read as data: getters never run, proxies cannot throw into the kit', () => {
  it('reports a getter as unreadable_answer without calling it', () => {
    let called = 0;
    const answers = {
      market: 'b2b',
      get helpful(): number {
        called += 1;
        throw new Error('boom');
      },
    };
    const result = validateAnswers(miniQuestionnaire(), answers);
    expect(codesAndPaths(result.issues)).toEqual([['unreadable_answer', 'answers.helpful']]);
    expect(result.issues[0]!.params).toEqual({ reason: 'getter' });
    expect(called).toBe(0);
    expect(scoreAnswers(miniQuestionnaire(), answers).issues.map((issue) => issue.code)).toEqual(['unreadable_answer']);
    expect(called).toBe(0);
  });

  it('reports answers whose proxy throws on every trap, naming the error', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new TypeError('no keys for you');
        },
      },
    );
    const result = validateAnswers(miniQuestionnaire(), hostile);
    expect(codesAndPaths(result.issues)).toEqual([['unreadable_answer', 'answers']]);
    expect(result.issues[0]!.params).toEqual({ reason: 'TypeError' });
  });

  it('reports a revoked proxy as answers, and as one answer, and keeps the answers it could read', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(codesAndPaths(validateAnswers(miniQuestionnaire(), proxy).issues)).toEqual([['unreadable_answer', 'answers']]);
    const profile = scoreAnswers(miniQuestionnaire(), { market: 'b2b', formats: proxy as string[] });
    expect(codesAndPaths(profile.issues)).toEqual([['unreadable_answer', 'answers.formats']]);
    expect(profile.fit.market).toBe('b2b');
  });

  it('reports a list whose items throw when read, and copies a list whose items do not', () => {
    const list = ['papers', 'cases'];
    const throwing = new Proxy(list, {
      getOwnPropertyDescriptor: (target, key) => {
        if (key === '1') throw new RangeError('item trap');
        return Reflect.getOwnPropertyDescriptor(target, key);
      },
    });
    expect(codesAndPaths(validateAnswers(miniQuestionnaire(), { formats: throwing }).issues)).toEqual([['unreadable_answer', 'answers.formats']]);
    const result = validateAnswers(miniQuestionnaire(), { formats: list });
    expect(result.ok && result.value.formats).toEqual(['papers', 'cases']);
    list.push('memes');
    // A copy: the caller changing its array later changes nothing the kit returned.
    expect(result.ok && result.value.formats).toEqual(['papers', 'cases']);
  });

  it('starts a store from hostile answers without throwing, keeping the ones it can read', () => {
    const { proxy, revoke } = Proxy.revocable(['papers'], {});
    revoke();
    const answers = {
      market: 'b2c',
      formats: proxy,
      get helpful(): number {
        throw new Error('boom');
      },
    };
    const store = createAssessmentStore(miniQuestionnaire(), { answers });
    expect(store.getState().session.answers).toEqual({ market: 'b2c' });
    store.answer('formats', proxy as unknown as string[]);
    const throwing = new Proxy(['cases'], {
      getOwnPropertyDescriptor: () => {
        throw new Error('trap');
      },
    });
    store.answer('formats', throwing);
    expect(store.getState().session.answers).toEqual({ market: 'b2c' });
    // A proxy whose traps do not throw is read through its descriptors (its `get` is never asked) and stored as a plain copy.
    store.answer('formats', new Proxy(['cases'], { get: () => { throw new Error('never asked'); } }));
    expect(store.getState().session.answers).toEqual({ market: 'b2c', formats: ['cases'] });
  });

  it('reads a KPI input, a peer segment and the time left past getters and revoked proxies, as not given', () => {
    const { proxy, revoke } = Proxy.revocable(['papers'], {});
    revoke();
    const throwing = {
      get clicks(): number {
        throw new Error('boom');
      },
      impressions: 1000,
      get market(): string {
        throw new Error('boom');
      },
      formats: proxy,
    };
    const ctr: Kpi = { id: 'ctr', label: 'CTR', numerator: 'clicks', denominator: 'impressions', scale: 100, unit: 'percent', direction: 'higher' };
    expect(computeKpi(ctr, throwing as never)).toMatchObject({ status: 'not_available', reason: 'missing_input', inputs: { clicks: null, impressions: 1000 } });
    const benchmark = { by: ['market'], minGroupSize: 1, segments: [{ key: {}, count: 5 }] } as unknown as PeerBenchmark;
    expect(findPeerSegment(benchmark, throwing as never)).toMatchObject({ key: {}, count: 5 });
    const questions = miniQuestionnaire().sections.flatMap((section) => section.questions).filter((question) => question.id === 'formats');
    expect(estimateSecondsLeft(questions, throwing as never)).toBe(estimateSecondsLeft(questions, {}));
  });
});
