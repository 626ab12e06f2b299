import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { parseProfileJson, profileToJson, scoreAnswers, type Answers } from '../../src/core';
import { socialMediaAssessment } from '../../src/content/social-media';
import { createTally, expectPrototypeIntact, expectResultShape, FUZZ_TIMEOUT, fuzzParameters } from './fuzzHarness';
import { EXTREME_TEXTS, hostileJson, jsonText, mutationOf } from './hostileInputs';

const tally = createTally('profile JSON');
afterEach(expectPrototypeIntact);

const persona = JSON.parse(readFileSync('examples/answers/enterprise-saas.json', 'utf8')) as Answers;
const exported = JSON.parse(profileToJson(scoreAnswers(socialMediaAssessment, persona), { exportedAt: '2026-01-01T00:00:00.000Z' })) as unknown;

/** Parses `text` as a profile export; the result's shape holds, and an accepted one round-trips. */
function parse(target: string, text: string) {
  const result = parseProfileJson(text);
  tally.record(target, result.issues);
  expectResultShape(result);
  if (result.ok) expect(result.value.profile.questionnaireId).toBe(result.value.questionnaire.id);
  expectPrototypeIntact();
  return result;
}

describe('parseProfileJson under fuzzing', () => {
  it('accepts the export it was made from', () => {
    expect(parse('valid export', JSON.stringify(exported)).ok).toBe(true);
  });

  it('returns coded issues for arbitrary text and arbitrary JSON', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'binary' }), jsonText), (text) => void parse('arbitrary text', text)), fuzzParameters(400));
  }, FUZZ_TIMEOUT);

  it('returns coded issues for a valid export with one field replaced or removed', () => {
    fc.assert(
      fc.property(mutationOf(exported, hostileJson), (value) => void parse('mutated exports', JSON.stringify(value) ?? 'undefined')),
      fuzzParameters(400),
    );
  }, FUZZ_TIMEOUT);

  it.each(EXTREME_TEXTS)('returns coded issues for %s, alone and as the profile', (_name, text) => {
    expect(parse('extremes', text).ok).toBe(false);
    const inner = (() => {
      try {
        JSON.parse(text);
        return text;
      } catch {
        return JSON.stringify(text);
      }
    })();
    const envelope = JSON.stringify({ ...(exported as object), profile: '@profile@' }).replace('"@profile@"', () => inner);
    expect(parse('extremes as the profile', envelope).ok).toBe(false);
  });
});
