import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryStorage, restoreSnapshot, saveSnapshot, setAsideKey, validateAnswers } from '../../src/core';
import { socialMediaAssessment } from '../../src/content/social-media';
import { validAnswersArb } from '../core/share/validAnswers';
import { createTally, expectCodedIssues, expectPrototypeIntact, FUZZ_TIMEOUT, fuzzParameters } from './fuzzHarness';
import { EXTREME_TEXTS, jsonText, mutationOf, wrongTypes } from './hostileInputs';

const tally = createTally('storage snapshots');
afterEach(expectPrototypeIntact);

const KEY = 'acme';
const STATUSES = ['none', 'restored', 'migrated', 'set_aside', 'unavailable'];

/** Restores whatever `raw` is; only valid answers come back, and nothing stored is lost. */
function restoreFrom(target: string, raw: string) {
  const storage = createMemoryStorage({ [KEY]: raw });
  const restored = restoreSnapshot(storage, KEY, socialMediaAssessment);
  tally.record(target, restored.issues);
  expectCodedIssues(restored.issues);
  expect(STATUSES).toContain(restored.status);
  expect(validateAnswers(socialMediaAssessment, restored.answers).issues).toEqual([]);
  if (restored.setAsideAs !== undefined) {
    expect(restored.setAsideAs).toBe(setAsideKey(KEY));
    expect(storage.load(restored.setAsideAs)).toBe(raw);
  }
  if (restored.status === 'set_aside') expect(restored.issues.length).toBeGreaterThan(0);
  expectPrototypeIntact();
  return restored;
}

/** What `saveSnapshot` writes for `answers`, as a parsed value to mutate. */
function savedValue(answers: Record<string, unknown>): unknown {
  const storage = createMemoryStorage();
  expect(saveSnapshot(storage, KEY, socialMediaAssessment, answers as never)).toEqual([]);
  return JSON.parse(storage.load(KEY)!);
}

const snapshotLike = fc.record(
  {
    // Mostly right, so the answers are reached; sometimes wrong, so the envelope checks are too.
    format: fc.oneof({ weight: 5, arbitrary: fc.constant('readiness-kit/snapshot') }, fc.string()),
    v: fc.oneof({ weight: 5, arbitrary: fc.constant(1) }, fc.integer()),
    questionnaire: fc.oneof(
      { weight: 5, arbitrary: fc.constant({ id: socialMediaAssessment.id, version: socialMediaAssessment.version }) },
      fc.record({ id: fc.constantFrom(socialMediaAssessment.id, '__proto__'), version: fc.oneof(fc.string(), fc.integer()) }),
      fc.anything(),
    ),
    answers: fc.oneof(jsonText.map((text) => JSON.parse(text) as unknown), fc.dictionary(fc.string(), fc.jsonValue())),
    savedAt: fc.oneof(fc.string(), fc.integer()),
  },
  { requiredKeys: ['answers'] },
);

describe('restoreSnapshot under fuzzing', () => {
  it('handles arbitrary strings and arbitrary JSON text in storage', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), jsonText), (raw) => void restoreFrom('arbitrary stored text', raw)),
      fuzzParameters(400),
    );
  }, FUZZ_TIMEOUT);

  it('handles snapshot-like values with wrong fields', () => {
    fc.assert(fc.property(snapshotLike, (value) => void restoreFrom('snapshot-like values', JSON.stringify(value))), fuzzParameters(400));
  }, FUZZ_TIMEOUT);

  it('handles a saved snapshot with one field replaced or removed', () => {
    const mutated = validAnswersArb(socialMediaAssessment)
      .map((answers) => savedValue(answers))
      .chain((saved) => mutationOf(saved, fc.oneof(jsonText.map((text) => JSON.parse(text) as unknown), wrongTypes)));
    fc.assert(
      fc.property(mutated, (value) => {
        let raw: string | undefined;
        try {
          raw = JSON.stringify(value);
        } catch {
          return; // a bigint cannot be stored as JSON text: nothing to restore
        }
        if (raw !== undefined) restoreFrom('mutated snapshots', raw);
      }),
      fuzzParameters(300),
    );
  }, FUZZ_TIMEOUT);

  it.each(EXTREME_TEXTS)('handles %s stored, alone and as the answers of a snapshot', (_name, text) => {
    expect(restoreFrom('extremes', text).status).toBe('set_aside');
    const answers = (() => {
      try {
        JSON.parse(text);
        return text;
      } catch {
        return JSON.stringify(text);
      }
    })();
    const wrapped = `{"format":"readiness-kit/snapshot","v":1,"questionnaire":${JSON.stringify({ id: socialMediaAssessment.id, version: socialMediaAssessment.version })},"answers":${answers}}`;
    restoreFrom('extremes in a snapshot', wrapped);
  });
});
