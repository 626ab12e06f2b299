import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { parseQuestionnaire, scoreAnswers, type Answers, type Questionnaire } from '../../src/core';
import { socialMediaAssessment } from '../../src/content/social-media';
import { validAnswersArb } from '../core/share/validAnswers';
import { miniQuestionnaire } from '../fixtures/miniQuestionnaire';
import { MAX_DEPTH } from '../../src/core/questionnaire/findTooDeep';
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

  const withRuleCondition = (depth: number) => {
    const nested = `${'{"not":'.repeat(depth)}{"question":"market","equals":"b2b"}${'}'.repeat(depth)}`;
    return JSON.stringify({ ...mini, rules: [{ id: 'deep', priority: 'high', when: 0, title: 't', body: 'b' }] }).replace('"when":0', `"when":${nested}`);
  };

  it('accepts a condition nested 50 levels deep and scores with it', () => {
    const result = parseAndScore('deep condition', withRuleCondition(50), { market: 'b2b' });
    expect(result.issues).toEqual([]);
  });

  it.each([100, 5_000, 50_000])('reports a condition nested %i levels deep as too_deep where it crosses the depth cap, never a throw', (depth) => {
    const text = withRuleCondition(depth);
    expect(() => parseQuestionnaire(text)).not.toThrow();
    const { issues } = parseQuestionnaire(text);
    const capPath = `rules[0].when${'.not'.repeat(MAX_DEPTH - 2)}`;
    expect(issues).toEqual([expect.objectContaining({ code: 'too_deep', path: capPath, params: { maximum: MAX_DEPTH }, message: `is nested more than ${MAX_DEPTH} levels deep` })]);
  }, 30_000);

  it('reports a definition object nested past the serialiser’s stack as too_deep at its path, not a stack overflow', () => {
    let when: Record<string, unknown> = { question: 'market', equals: 'b2b' };
    for (let level = 0; level < 20_000; level += 1) when = { not: when };
    const { issues } = parseQuestionnaire({ ...mini, rules: [{ id: 'deep', priority: 'high', when, title: 't', body: 'b' }] });
    expect(issues).toEqual([expect.objectContaining({ code: 'too_deep', path: `rules[0].when${'.not'.repeat(MAX_DEPTH - 2)}` })]);
  }, 30_000);
});
