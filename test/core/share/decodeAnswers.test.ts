import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import enterpriseSaas from '../../../examples/answers/enterprise-saas.json';
import { decodeAnswers, encodeAnswers, MAX_TOKEN_LENGTH, validateAnswers, type Answers, type Option, type Questionnaire } from '../../../src/core';
import { socialMediaAssessment } from '../../../src/content/social-media';
import { miniQuestionnaire } from '../../fixtures/miniQuestionnaire';
import { structureHash } from '../../../src/core/share/structureHash';
import { TOKEN_VERSION } from '../../../src/core/share/shareToken';
import { forgeToken } from './forgeToken';
import { validAnswersArb } from './validAnswers';

const mini = miniQuestionnaire();
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const enterpriseToken = encodeAnswers(socialMediaAssessment, enterpriseSaas as Answers);

/** Decodes and expects a refusal with exactly one issue; returns it. */
function refusal(questionnaire: Questionnaire, token: string) {
  const result = decodeAnswers(questionnaire, token);
  expect(result.ok).toBe(false);
  expect(result.issues).toHaveLength(1);
  return result.issues[0]!;
}

const withVersion = (questionnaire: Questionnaire, version: string): Questionnaire => ({ ...questionnaire, version });

describe('decodeAnswers refuses, with a coded issue and never a throw', () => {
  it('a token with any one character changed (every position, every replacement)', () => {
    let tried = 0;
    for (let index = 0; index < enterpriseToken.length; index += 1) {
      for (const char of ALPHABET) {
        if (char === enterpriseToken[index]) continue;
        const tampered = enterpriseToken.slice(0, index) + char + enterpriseToken.slice(index + 1);
        expect(refusal(socialMediaAssessment, tampered)).toMatchObject({ code: 'invalid_format', path: 'token' });
        tried += 1;
      }
    }
    expect(tried).toBe(enterpriseToken.length * 63);
  });

  it('a token with any one character changed, for any answers', () => {
    fc.assert(
      fc.property(
        validAnswersArb(mini),
        fc.nat(),
        fc.constantFrom(...ALPHABET, '=', '+', '/', ' ', '%', 'é'),
        (answers, at, char) => {
          const token = encodeAnswers(mini, answers);
          const index = at % token.length;
          fc.pre(token[index] !== char);
          const tampered = token.slice(0, index) + char + token.slice(index + 1);
          expect(refusal(mini, tampered)).toMatchObject({ code: 'invalid_format', path: 'token' });
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('a token cut short at any length, or with anything added', () => {
    for (let length = 0; length < enterpriseToken.length; length += 1)
      expect(refusal(socialMediaAssessment, enterpriseToken.slice(0, length))).toMatchObject({ code: 'invalid_format', path: 'token' });
    fc.assert(
      fc.property(validAnswersArb(mini), fc.nat(), fc.string({ unit: fc.constantFrom(...ALPHABET), minLength: 1, maxLength: 8 }), (answers, cut, extra) => {
        const token = encodeAnswers(mini, answers);
        expect(refusal(mini, token.slice(0, cut % token.length))).toMatchObject({ code: 'invalid_format', path: 'token' });
        expect(refusal(mini, token + extra)).toMatchObject({ code: 'invalid_format', path: 'token' });
      }),
      { numRuns: 300 },
    );
  });

  it('a token of another questionnaire, naming both', () => {
    const issue = refusal(socialMediaAssessment, encodeAnswers(mini, { market: 'b2b' }));
    expect(issue).toMatchObject({ code: 'invalid_value', path: 'token.questionnaire.id', params: { expected: ['b2b-social-media'], received: 'mini' } });
    expect(refusal(mini, enterpriseToken)).toMatchObject({ code: 'invalid_value', path: 'token.questionnaire.id' });
  });

  type Reshape = (questionnaire: Questionnaire) => void;
  const optionsOf = (questionnaire: Questionnaire, section: number, question: number) =>
    (questionnaire.sections[section]!.questions[question] as { options: Option[] }).options;
  const reshapes: [string, Reshape][] = [
    ['options reordered', (q) => void optionsOf(q, 0, 0).reverse()],
    ['two options swapped in a multi question', (q) => void optionsOf(q, 1, 0).splice(0, 2, optionsOf(q, 1, 0)[1]!, optionsOf(q, 1, 0)[0]!)],
    ['questions reordered', (q) => void q.sections[1]!.questions.reverse()],
    ['an option renamed', (q) => void (optionsOf(q, 0, 1)[1]!.id = 'instagram')],
    ['a question retyped (likert to number)', (q) => void Object.assign(q.sections[1]!.questions[1]!, { type: 'number' })],
    ['a question added', (q) => void q.sections[0]!.questions.push({ id: 'extra', type: 'likert', label: 'Extra' })],
  ];
  const reshaped = (reshape: Reshape, version = mini.version) => {
    const other = structuredClone({ ...mini, version });
    reshape(other);
    return other;
  };

  it.each(reshapes)('a token made for another structure, same id and version: %s', (_, reshape) => {
    const other = reshaped(reshape);
    fc.assert(
      fc.property(validAnswersArb(mini), (answers) => {
        // Only the structure hash tells the token it no longer fits: never other answers.
        const result = decodeAnswers(other, encodeAnswers(mini, answers));
        expect(result).toEqual({
          ok: false,
          issues: [expect.objectContaining({ code: 'invalid_value', path: 'token.questionnaire.structure', params: { kind: 'structure', expected: ['1.0.0'], received: '1.0.0' } })],
        });
        expect(result.issues[0]?.message).toMatch(/other questions or options/);
      }),
      { numRuns: 50 },
    );
  });

  it('a token made for another structure and version, naming both versions', () => {
    const issue = refusal(reshaped(reshapes[0]![1], '2.0.0'), encodeAnswers(mini, { market: 'b2b' }));
    expect(issue).toMatchObject({ code: 'invalid_value', path: 'token.questionnaire.structure', params: { expected: ['2.0.0'], received: '1.0.0' } });
  });

  it('reads a token across a new version whose structure is the same', () => {
    fc.assert(
      fc.property(validAnswersArb(mini), fc.string({ minLength: 1, maxLength: 32 }), (answers, version) => {
        const relabelled = withVersion(mini, version);
        relabelled.title = 'Mini, reworded';
        expect(decodeAnswers(relabelled, encodeAnswers(mini, answers))).toEqual({ ok: true, value: answers, issues: [] });
      }),
      { numRuns: 200 },
    );
  });

  it('reads a token whose questions changed only texts, points or sections, in the same order', () => {
    const other = reshaped((q) => {
      optionsOf(q, 0, 0)[0]!.label = 'Companies';
      optionsOf(q, 0, 1)[0]!.points = { reach: 1 };
      // The first question of the second section moves to the end of the first: the same order overall.
      q.sections[0]!.questions.push(q.sections[1]!.questions.shift()!);
    }, '1.1.0');
    const answers = { market: 'b2b', channel: 'linkedin', formats: ['papers'], helpful: 2 };
    expect(decodeAnswers(other, encodeAnswers(mini, answers))).toEqual({ ok: true, value: answers, issues: [] });
  });

  it('still reads tokens of the first layout (no structure hash), for their own version only', () => {
    // Made by the kit before structure hashes (layout v1), for the mini questionnaire; links like these are out there.
    const legacy = 'AQRtaW5pBTEuMC4wDwAAAAMQF_2XvA';
    expect(decodeAnswers(mini, legacy)).toEqual({ ok: true, value: { market: 'b2b', channel: 'linkedin', formats: ['papers', 'cases'], helpful: 4 }, issues: [] });
    const everyType = 'AQRtaW5pBTEuMC4wdQ0CBgFAKQAAAAAAAACgHwFAWPzMzMzMzQ5hZGFAZXhhbXBsZS5uZwqYA3VuZ2l5YSDsogH4pwHPPBSq';
    expect(decodeAnswers(mini, everyType)).toEqual({
      ok: true,
      value: { market: 'both', formats: ['cases', 'memes'], educational_share: 12.5, community: 'peers', impressions: 1000, spend: 99.95, email: 'ada@example.ng', company: 'Ƙungiya 公司' },
      issues: [],
    });
    // Without a hash only the version vouches for the structure, as it always did.
    expect(refusal(withVersion(mini, '2.0.0'), legacy)).toMatchObject({ code: 'invalid_value', path: 'token.questionnaire.version', params: { expected: ['2.0.0'], received: '1.0.0' } });
    expect(refusal({ ...mini, id: 'other' }, legacy)).toMatchObject({ code: 'invalid_value', path: 'token.questionnaire.id' });
  });

  it('a token longer than MAX_TOKEN_LENGTH, before reading it', () => {
    expect(MAX_TOKEN_LENGTH).toBe(4096);
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...ALPHABET), minLength: MAX_TOKEN_LENGTH + 1, maxLength: MAX_TOKEN_LENGTH + 300 }), (token) => {
        expect(refusal(mini, token)).toMatchObject({ code: 'too_big', path: 'token', params: { maximum: MAX_TOKEN_LENGTH } });
      }),
      { numRuns: 50 },
    );
    expect(decodeAnswers(mini, 'A'.repeat(MAX_TOKEN_LENGTH)).issues[0]?.code).not.toBe('too_big');
  });

  it('even a genuine token that long (only long free text makes one)', () => {
    const long: Questionnaire = structuredClone(mini);
    long.sections[2]!.questions.push(
      { id: 'notes', type: 'text', label: 'Notes', maxLength: 5000 },
      { id: 'more_notes', type: 'text', label: 'More notes', maxLength: 5000 },
    );
    const token = encodeAnswers(long, { notes: 'ɓ'.repeat(2000), more_notes: 'ɗ'.repeat(2000) });
    expect(token.length).toBeGreaterThan(MAX_TOKEN_LENGTH);
    expect(refusal(long, token)).toMatchObject({ code: 'too_big', path: 'token' });
  });

  it('what is not a string', () => {
    expect(refusal(mini, undefined as unknown as string)).toMatchObject({ code: 'invalid_type', path: 'token', params: { received: 'undefined' } });
    expect(refusal(mini, 42 as unknown as string)).toMatchObject({ code: 'invalid_type', path: 'token' });
  });

  it('a forged token whose checksum holds but whose answers do not validate', () => {
    const questions = mini.sections.flatMap((section) => section.questions);
    const helpful = questions.findIndex((question) => question.id === 'helpful');
    const token = forgeToken(mini, (writer) => {
      writer.bits(questions.length, (index) => index === helpful);
      writer.number(9);
    });
    const result = decodeAnswers(mini, token);
    expect(result).toMatchObject({ ok: false, issues: [{ code: 'answer_out_of_range', path: 'answers.helpful' }] });
  });

  it('a forged token of a later layout, or with an option past the last', () => {
    const later = forgeToken(
      mini,
      (writer) => {
        // A whole token of the current layout but for its first byte.
        writer.uint(TOKEN_VERSION + 1);
        writer.text(mini.id);
        writer.text(mini.version);
        writer.uint(structureHash(mini));
        writer.bits(mini.sections.flatMap((section) => section.questions).length, () => false);
      },
      false,
    );
    expect(refusal(mini, later)).toMatchObject({ code: 'invalid_format', path: 'token' });
    const count = mini.sections.flatMap((section) => section.questions).length;
    const token = forgeToken(mini, (writer) => {
      writer.bits(count, (index) => index === 0);
      writer.uint(3); // `market` has three options: 0, 1 and 2
    });
    expect(refusal(mini, token)).toMatchObject({ code: 'invalid_format', path: 'token' });
  });

  it('never throws, and never returns answers that fail validation, whatever the bytes behind a valid header and checksum', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const result = decodeAnswers(mini, forgeToken(mini, (writer) => bytes.forEach((byte) => writer.byte(byte))));
        if (result.ok) expect(validateAnswers(mini, result.value).ok).toBe(true);
        else expect(result.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (token) => {
        const result = decodeAnswers(mini, token);
        expect(result.ok).toBe(false);
        expect(result.issues[0]?.path).toMatch(/^token/);
      }),
      { numRuns: 1000 },
    );
  });
});
