import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { parseQuestionnaire, scoreAnswers, socialMediaAssessment, type Answers, type Questionnaire } from '../../src/core';
import { validAnswersArb } from '../core/share/validAnswers';
import { miniQuestionnaire } from '../fixtures/miniQuestionnaire';
import { createTally, expectCodedIssues, expectPrototypeIntact, expectResultShape, FUZZ_TIMEOUT, fuzzParameters } from './fuzzHarness';
import { EXTREME_TEXTS, PROTOTYPE_KEYS, hostileJson, jsonText, mutationOf, wrongTypes } from './hostileInputs';

const tally = createTally('definitions');
afterEach(expectPrototypeIntact);

/** Parses a definition and checks the result's shape; an accepted one must then score any valid answers. */
function parseAndScore(target: string, input: unknown, answers: Answers = {}) {
  const result = parseQuestionnaire(input);
  tally.record(target, result.issues);
  expectResultShape(result);
  if (result.ok) expectCodedIssues(scoreAnswers(result.value, answers).issues);
  expectPrototypeIntact();
  return result;
}

const mini = JSON.parse(JSON.stringify(miniQuestionnaire())) as Questionnaire;
const bundled = JSON.parse(JSON.stringify(socialMediaAssessment)) as Questionnaire;

describe('parseQuestionnaire under fuzzing', () => {
  it('returns coded issues for arbitrary JSON, as a value and as text', () => {
    fc.assert(
      fc.property(jsonText, (text) => {
        parseAndScore('arbitrary JSON text', text);
        parseAndScore('arbitrary JSON value', JSON.parse(text));
      }),
      fuzzParameters(300),
    );
  }, FUZZ_TIMEOUT);

  it('returns coded issues for wrong JavaScript types (bigint, functions, Maps, cycles…)', () => {
    const cyclic: Record<string, unknown> = { id: 'x' };
    cyclic.self = cyclic;
    parseAndScore('wrong types', cyclic);
    fc.assert(fc.property(wrongTypes, (value) => void parseAndScore('wrong types', value)), fuzzParameters(300));
  }, FUZZ_TIMEOUT);

  it('returns coded issues for the mini definition with one field replaced or removed', () => {
    fc.assert(
      fc.property(mutationOf(mini), validAnswersArb(mini), (definition, answers) => void parseAndScore('mutated mini', definition, answers)),
      fuzzParameters(300),
    );
  }, FUZZ_TIMEOUT);

  it('returns coded issues for the bundled assessment with one field replaced or removed', () => {
    fc.assert(
      fc.property(mutationOf(bundled), validAnswersArb(bundled), (definition, answers) => void parseAndScore('mutated bundled', definition, answers)),
      fuzzParameters(60),
    );
  }, FUZZ_TIMEOUT);

  it('rejects or safely scores ids replaced by prototype keys', () => {
    const protoIds = fc.constantFrom<unknown>(...PROTOTYPE_KEYS, 'toString', 'hasOwnProperty');
    fc.assert(
      fc.property(mutationOf(mini, protoIds), hostileJson, (definition, answers) => {
        const result = parseAndScore('prototype-key ids', definition);
        if (result.ok) expectCodedIssues(scoreAnswers(result.value, answers as Answers).issues);
      }),
      fuzzParameters(300),
    );
  }, FUZZ_TIMEOUT);

  it.each(EXTREME_TEXTS)('returns coded issues for %s', (_name, text) => {
    expect(parseAndScore('extremes', text).ok).toBe(false);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return;
    }
    expect(parseAndScore('extremes', value).ok).toBe(false);
  });

  it('accepts a condition nested 500 levels deep and scores with it', () => {
    const nested = `${'{"not":'.repeat(500)}{"question":"market","equals":"b2b"}${'}'.repeat(500)}`;
    const text = JSON.stringify({ ...mini, rules: [{ id: 'deep', priority: 'high', when: 0, title: 't', body: 'b' }] }).replace('"when":0', `"when":${nested}`);
    const result = parseAndScore('deep condition', text, { market: 'b2b' });
    expect(result.issues).toEqual([]);
  });

  it('reports a condition nested deeper than the stack allows as a coded issue, never a throw', () => {
    const nested = `${'{"not":'.repeat(5_000)}{"question":"market","equals":"b2b"}${'}'.repeat(5_000)}`;
    const text = JSON.stringify({ ...mini, rules: [{ id: 'deep', priority: 'high', when: 0, title: 't', body: 'b' }] }).replace('"when":0', `"when":${nested}`);
    expect(() => parseQuestionnaire(text)).not.toThrow();
    expect(parseQuestionnaire(text)).toMatchObject({ ok: false, issues: [{ code: 'invalid_json', path: '' }] });
  }, 30_000);
});
