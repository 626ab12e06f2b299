import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeAnswers, encodeAnswers, MAX_TOKEN_LENGTH, validateAnswers, type Questionnaire } from '../../src/core';
import { socialMediaAssessment } from '../../src/content/social-media';
import { encodeBase64url } from '../../src/core/share/base64url';
import { crc32 } from '../../src/core/share/crc32';
import { validAnswersArb } from '../core/share/validAnswers';
import { miniQuestionnaire } from '../fixtures/miniQuestionnaire';
import { createTally, expectPrototypeIntact, expectResultShape, FUZZ_TIMEOUT, fuzzParameters } from './fuzzHarness';
import { EXTREME_TEXTS, wrongTypes } from './hostileInputs';

const tally = createTally('share tokens');
afterEach(expectPrototypeIntact);

const TARGETS: readonly (readonly [string, Questionnaire])[] = [
  ['bundled', socialMediaAssessment],
  ['mini', miniQuestionnaire()],
];

/** Bytes with a valid checksum appended, so the decoder's layout reader meets arbitrary content. */
function checksummed(body: Uint8Array): string {
  const crc = crc32(body);
  return encodeBase64url([...body, crc & 0xff, (crc >>> 8) & 0xff, (crc >>> 16) & 0xff, (crc >>> 24) & 0xff]);
}

describe.each(TARGETS)('decodeAnswers on the %s questionnaire under fuzzing', (target, questionnaire) => {
  /** Decodes `token`; a decoded token always gives answers that validate. */
  function decode(kind: string, token: unknown) {
    const result = decodeAnswers(questionnaire, token as string);
    tally.record(`${kind} (${target})`, result.issues);
    expectResultShape(result);
    if (result.ok) expect(validateAnswers(questionnaire, result.value).issues).toEqual([]);
    expectPrototypeIntact();
    return result;
  }

  const header = (() => {
    // A real token's body starts with the layout version, the id, the version and the structure hash: keep it, fuzz the rest.
    const bytes = Buffer.from(encodeAnswers(questionnaire, {}), 'base64url');
    return [...bytes.subarray(0, -4)].slice(0, -Math.ceil(questionnaire.sections.flatMap((section) => section.questions).length / 8));
  })();

  it('refuses arbitrary strings, base64url text and wrong types with coded issues', () => {
    const token = fc.oneof(fc.string({ unit: 'binary' }), fc.stringMatching(/^[A-Za-z0-9_-]{0,80}$/), wrongTypes);
    fc.assert(fc.property(token, (value) => void decode('arbitrary tokens', value)), fuzzParameters(400));
  }, FUZZ_TIMEOUT);

  it('reads arbitrary bytes behind a valid checksum without throwing', () => {
    const body = fc.oneof(
      fc.uint8Array({ maxLength: 64 }),
      fc.uint8Array({ maxLength: 64 }).map((tail) => Uint8Array.from([...header, ...tail])),
    );
    fc.assert(fc.property(body, (bytes) => void decode('checksummed bytes', checksummed(bytes))), fuzzParameters(400));
  }, FUZZ_TIMEOUT);

  it('refuses or safely decodes a valid token changed in one place: a character replaced, cut or added', () => {
    const mutated = validAnswersArb(questionnaire)
      .map((answers) => encodeAnswers(questionnaire, answers))
      .chain((token) =>
        fc.oneof(
          fc.record({ at: fc.nat(token.length - 1), char: fc.constantFrom(...'ABCxyz019-_=+/%.') }).map(({ at, char }) => token.slice(0, at) + char + token.slice(at + 1)),
          fc.nat(token.length - 1).map((at) => token.slice(0, at)),
          fc.string({ minLength: 1, maxLength: 4 }).map((tail) => token + tail),
        ),
      );
    fc.assert(fc.property(mutated, (token) => void decode('mutated tokens', token)), fuzzParameters(300));
  }, FUZZ_TIMEOUT);

  it('refuses a valid token read against the questionnaire reshaped under the same id and version', () => {
    const swap = (list: unknown[], at: number) => {
      const index = at % (list.length - 1);
      [list[index], list[index + 1]] = [list[index + 1], list[index]];
    };
    // One change that moves or renames what a position means: adjacent questions or options swapped, an option renamed.
    const reshaped = fc.tuple(fc.constantFrom('questions', 'options', 'rename'), fc.nat(), fc.nat()).map(([change, pick, at]) => {
      const other = structuredClone(questionnaire);
      const sections = other.sections.filter((section) => section.questions.length > 1);
      const choices = other.sections.flatMap((section) => section.questions.flatMap((question) => (question.type === 'single' || question.type === 'multi' ? [question] : [])));
      const options = choices[pick % choices.length]!.options;
      if (change === 'questions') swap(sections[pick % sections.length]!.questions, at);
      else if (change === 'options') swap(options, at);
      else options[at % options.length]!.id += '_renamed';
      return other;
    });
    fc.assert(
      fc.property(validAnswersArb(questionnaire), reshaped, (answers, other) => {
        const result = decodeAnswers(other, encodeAnswers(questionnaire, answers));
        tally.record(`reshaped questionnaire (${target})`, result.issues);
        expectResultShape(result);
        expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([['invalid_value', 'token.questionnaire.structure']]);
      }),
      fuzzParameters(300),
    );
  }, FUZZ_TIMEOUT);

  it.each(EXTREME_TEXTS)('refuses %s as a token', (_name, text) => {
    expect(decode('extremes', text).ok).toBe(false);
  });

  it('refuses a token one character over the limit before decoding it', () => {
    const result = decode('extremes', 'A'.repeat(MAX_TOKEN_LENGTH + 1));
    expect(result.issues.map((issue) => issue.code)).toEqual(['too_big']);
  });
});
