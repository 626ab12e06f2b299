import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createAssessmentStore,
  createMemoryStorage,
  LIMITS,
  restoreSnapshot,
  saveSnapshot,
  scoreAnswers,
  setAsideKey,
  validateAnswers,
  type Answers,
} from '../../src/core';
import { socialMediaAssessment } from '../../src/content/social-media';
import { createTally, expectCodedIssues, expectPrototypeIntact, expectResultShape, FUZZ_TIMEOUT, fuzzParameters } from './fuzzHarness';

/*
 * Answers of any size, from JSON or from host code: lists up to 200,000 items, strings up to 5 MB,
 * getters, proxies whose traps throw, revoked proxies. Nothing throws, every issue is coded, at most
 * LIMITS.maxIssues are listed, and a stored value that cannot be restored is never lost.
 */
const tally = createTally('huge answers');
afterEach(expectPrototypeIntact);

const questions = socialMediaAssessment.sections.flatMap((section) => section.questions);
const ids = questions.map((question) => question.id);
const optionIds = [...new Set(questions.flatMap((question) => ('options' in question ? question.options.map((option) => option.id) : [])))];

/** Up to 200,000 items (that many often: fast-check's sizes lean small) cycled from a small pool (real option ids, junk, non-strings), built without generating each one. */
const hugeList = fc
  .tuple(fc.oneof(fc.nat({ max: 200_000 }), fc.constantFrom(100_000, 200_000)), fc.array(fc.oneof(fc.constantFrom(...optionIds), fc.string({ maxLength: 12 }), fc.integer()), { minLength: 1, maxLength: 4 }))
  .map(([length, pool]) => Array.from({ length }, (_, index) => pool[index % pool.length]));

/** A string of up to 5 MB (often exactly), repeated from a short seed. */
const hugeString = fc
  .tuple(fc.oneof(fc.nat({ max: 5_000_000 }), fc.constant(5_000_000)), fc.string({ minLength: 1, maxLength: 4 }))
  .map(([length, seed]) => seed.repeat(Math.ceil(length / seed.length)).slice(0, length));

/** Host objects that must never be trusted: a revoked proxy, a proxy whose traps all throw. Made when the answers are (fast-check itself would trip on them). */
const hostileObject = (kind: 'revoked' | 'throwing') => {
  if (kind === 'revoked') {
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    return proxy;
  }
  const fail = () => {
    throw new Error('trap');
  };
  return new Proxy([], { get: fail, ownKeys: fail, getOwnPropertyDescriptor: fail, getPrototypeOf: fail, has: fail });
};

/** A value as JSON could hold it (`json`), or a host object JSON could not. */
const value = fc.oneof(
  fc.oneof(hugeList, hugeString, fc.constantFrom(...optionIds), fc.integer({ min: -2, max: 8 }), fc.double()).map((item) => ({ item, json: true })),
  fc.constantFrom('revoked' as const, 'throwing' as const).map((kind) => ({ item: kind, json: false })),
);

/**
 * Answers under real ids (and some unknown ones), some of them getters that throw when called; and
 * the plain part of them, as a stored snapshot would hold it.
 */
const answersArb = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...ids), fc.string({ maxLength: 8 })), value, fc.boolean()), { maxLength: 8 })
  .map((entries) => {
    const answers: Record<string, unknown> = {};
    const plain: Record<string, unknown> = {};
    for (const [id, { item: generated, json }, asGetter] of entries) {
      const item = json ? generated : hostileObject(generated as 'revoked' | 'throwing');
      const getter = () => {
        throw new Error('getter');
      };
      Object.defineProperty(answers, id, { enumerable: true, configurable: true, ...(asGetter ? { get: getter } : { value: item, writable: true }) });
      if (json && !asGetter) Object.defineProperty(plain, id, { value: item, enumerable: true, configurable: true, writable: true });
      else delete plain[id];
    }
    return { answers, plain };
  });

describe('answers of any size and any host object, under fuzzing', () => {
  it('validateAnswers, scoreAnswers and the store return coded issues, at most LIMITS.maxIssues listed, and never throw', () => {
    fc.assert(
      fc.property(answersArb, ({ answers }) => {
        const result = validateAnswers(socialMediaAssessment, answers);
        tally.record('validateAnswers', result.issues);
        expectResultShape(result);
        expect(result.issues.length).toBeLessThanOrEqual(LIMITS.maxIssues + 1);
        const profile = scoreAnswers(socialMediaAssessment, answers as Answers);
        expectCodedIssues(profile.issues);
        const store = createAssessmentStore(socialMediaAssessment, { answers: answers as Answers });
        // Each value as the host would hand it to answer() (a getter's value cannot be handed: left out).
        for (const id of Object.keys(answers)) store.answer(id, Object.getOwnPropertyDescriptor(answers, id)!.value as never);
        expect(typeof store.getState().view.progress.ratio).toBe('number');
      }),
      fuzzParameters(40),
    );
  }, FUZZ_TIMEOUT);

  it('a stored snapshot of any such answers restores without a throw, and its original is never lost', () => {
    fc.assert(
      fc.property(answersArb, ({ answers, plain }) => {
        const raw = JSON.stringify({ format: 'readiness-kit/snapshot', v: 1, questionnaire: { id: socialMediaAssessment.id, version: socialMediaAssessment.version }, answers: plain });
        const storage = createMemoryStorage({ acme: raw });
        const restored = restoreSnapshot(storage, 'acme', socialMediaAssessment);
        tally.record('restoreSnapshot', restored.issues);
        expectCodedIssues(restored.issues);
        expect(restored.issues.length).toBeLessThanOrEqual(LIMITS.maxIssues + 1);
        // Restored in full, or the original kept verbatim aside.
        if (restored.issues.length > 0) expect(storage.load(setAsideKey('acme'))).toBe(raw);
        else expect(restored.status).toBe('restored');
        expect(saveSnapshot(storage, 'acme', socialMediaAssessment, answers as Answers)).toEqual([]);
      }),
      fuzzParameters(25),
    );
  }, FUZZ_TIMEOUT);
});
