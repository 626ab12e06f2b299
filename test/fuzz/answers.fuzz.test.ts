import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { parseQuestionnaire, scoreAnswers, validateAnswers, type Answers, type Questionnaire } from '../../src/core';
import { socialMediaAssessment } from '../../src/content/social-media';
import { validAnswersArb } from '../core/share/validAnswers';
import { miniQuestionnaire } from '../fixtures/miniQuestionnaire';
import { createTally, expectCodedIssues, expectPrototypeIntact, expectResultShape, FUZZ_TIMEOUT, fuzzParameters } from './fuzzHarness';
import { EXTREME_TEXTS, PROTOTYPE_KEYS, hostileJson, mutationOf, wrongTypes } from './hostileInputs';

const tally = createTally('answers');
afterEach(expectPrototypeIntact);

const mini = parseQuestionnaire(miniQuestionnaire());
if (!mini.ok) throw new Error('the mini fixture must be valid');
const persona = JSON.parse(readFileSync('examples/answers/enterprise-saas.json', 'utf8')) as Answers;

const TARGETS: readonly (readonly [string, Questionnaire])[] = [
  ['bundled', socialMediaAssessment],
  ['mini', mini.value],
];

/** Validates and scores `answers`; both agree on the issues, and neither throws nor pollutes. */
function validateAndScore(target: string, questionnaire: Questionnaire, answers: unknown) {
  const result = validateAnswers(questionnaire, answers, { requireAnswersTo: Object.keys(Object(answers)) });
  tally.record(`validateAnswers ${target}`, result.issues);
  expectResultShape(result);
  const profile = scoreAnswers(questionnaire, answers as Answers);
  tally.record(`scoreAnswers ${target}`, profile.issues);
  expectCodedIssues(profile.issues);
  // Scoring leaves out exactly what validation refuses (validation adds only `required`).
  expect(profile.issues.length === 0).toBe(result.issues.every((issue) => issue.code === 'required'));
  // No index when nothing counts; a tier only when enough was answered.
  expect(profile.index === null || Number.isFinite(profile.index)).toBe(true);
  expect(profile.tier === null).toBe(profile.provisional);
  expectPrototypeIntact();
}

describe.each(TARGETS)('validateAnswers and scoreAnswers on the %s questionnaire under fuzzing', (target, questionnaire) => {
  it('return coded issues for arbitrary JSON and wrong types', () => {
    fc.assert(fc.property(fc.oneof(hostileJson, wrongTypes), (answers) => void validateAndScore(target, questionnaire, answers)), fuzzParameters(300));
  }, FUZZ_TIMEOUT);

  it('return coded issues for arbitrary values under real question ids and prototype keys', () => {
    const ids = questionnaire.sections.flatMap((section) => section.questions.map((question) => question.id));
    const answers = fc.dictionary(fc.constantFrom(...ids, ...PROTOTYPE_KEYS), fc.oneof(hostileJson, wrongTypes), { maxKeys: 6 });
    // Rebuilt through JSON.parse so `__proto__` is an own key, as in a real answers file.
    const asPayload = answers.map((record) => {
      const parsed = JSON.parse(JSON.stringify(Object.fromEntries(Object.keys(record).map((key) => [key, null])))) as Record<string, unknown>;
      for (const key of Object.keys(parsed)) Object.defineProperty(parsed, key, { value: record[key], enumerable: true, writable: true, configurable: true });
      return parsed;
    });
    fc.assert(fc.property(asPayload, (record) => void validateAndScore(target, questionnaire, record)), fuzzParameters(300));
  }, FUZZ_TIMEOUT);

  it('return coded issues for valid answers with one value replaced or removed', () => {
    fc.assert(
      fc.property(validAnswersArb(questionnaire).chain((valid) => mutationOf(valid)), (answers) => void validateAndScore(target, questionnaire, answers)),
      fuzzParameters(300),
    );
  }, FUZZ_TIMEOUT);

  it.each(EXTREME_TEXTS)('return coded issues for %s, as the answers and as one answer', (_name, text) => {
    let value: unknown = text;
    try {
      value = JSON.parse(text);
    } catch {
      // Not JSON: the raw string is the input.
    }
    validateAndScore(target, questionnaire, value);
    const firstId = questionnaire.sections[0]!.questions[0]!.id;
    for (const question of questionnaire.sections.flatMap((section) => section.questions).slice(0, 12))
      validateAndScore(target, questionnaire, { [question.id]: value, [firstId]: text });
  });
});

describe('the bundled persona under fuzzing', () => {
  it('keeps scoring when one persona answer is replaced or removed', () => {
    fc.assert(fc.property(mutationOf(persona), (answers) => void validateAndScore('bundled persona', socialMediaAssessment, answers)), fuzzParameters(300));
  }, FUZZ_TIMEOUT);
});
