import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import enterpriseSaas from '../../../examples/answers/enterprise-saas.json';
import consumerFashion from '../../../examples/answers/consumer-fashion.json';
import b2bManufacturer from '../../../examples/answers/b2b-manufacturer-instagram.json';
import { decodeAnswers, encodeAnswers, scoreAnswers, validateAnswers, type Answers } from '../../../src/core';
import { socialMediaAssessment } from '../../../src/content/social-media';
import { scoredCaseArb } from '../../fixtures/arbitraries';
import { miniQuestionnaire } from '../../fixtures/miniQuestionnaire';
import { inQuestionnaireOrder, validAnswersArb } from './validAnswers';

const mini = miniQuestionnaire();
const URL_SAFE = /^[A-Za-z0-9_-]*$/;

function roundTrip(questionnaire: Parameters<typeof encodeAnswers>[0], answers: Answers): Answers {
  const token = encodeAnswers(questionnaire, answers);
  expect(token).toMatch(URL_SAFE);
  const decoded = decodeAnswers(questionnaire, token);
  if (!decoded.ok) throw new Error(`refused: ${JSON.stringify(decoded.issues)}`);
  return decoded.value;
}

describe('encodeAnswers and decodeAnswers', () => {
  it('give back any valid answers to any questionnaire', () => {
    fc.assert(
      fc.property(scoredCaseArb, ({ questionnaire, answers }) => {
        expect(roundTrip(questionnaire, answers)).toEqual(answers);
      }),
      { numRuns: 200 },
    );
  });

  it('give back every question type across its range: negative and fractional numbers, any text, emails', () => {
    fc.assert(
      fc.property(validAnswersArb(mini), (answers) => {
        expect(validateAnswers(mini, answers).ok).toBe(true);
        expect(roundTrip(mini, answers)).toEqual(answers);
      }),
      { numRuns: 500 },
    );
  });

  it('give back any valid answers to the bundled assessment, and the same profile', () => {
    fc.assert(
      fc.property(validAnswersArb(socialMediaAssessment), (answers) => {
        const decoded = roundTrip(socialMediaAssessment, answers);
        expect(decoded).toEqual(answers);
        expect(scoreAnswers(socialMediaAssessment, decoded)).toEqual(scoreAnswers(socialMediaAssessment, answers));
      }),
      { numRuns: 200 },
    );
  });

  it('give back a multi answer as the options chosen, in the questionnaire’s order', () => {
    fc.assert(
      fc.property(validAnswersArb(socialMediaAssessment, { shuffle: true }), (answers) => {
        expect(roundTrip(socialMediaAssessment, answers)).toEqual(inQuestionnaireOrder(socialMediaAssessment, answers));
      }),
      { numRuns: 100 },
    );
  });

  it.each([
    ['enterprise-saas', enterpriseSaas],
    ['consumer-fashion', consumerFashion],
    ['b2b-manufacturer-instagram', b2bManufacturer],
  ])('carry the %s persona whole, to the same profile', (_, persona) => {
    const answers = persona as Answers;
    const decoded = roundTrip(socialMediaAssessment, answers);
    expect(decoded).toEqual(inQuestionnaireOrder(socialMediaAssessment, answers));
    // The same profile, but for the order in which multi answers' options are listed.
    const original = scoreAnswers(socialMediaAssessment, answers);
    const restored = scoreAnswers(socialMediaAssessment, decoded);
    expect(restored).toEqual(scoreAnswers(socialMediaAssessment, inQuestionnaireOrder(socialMediaAssessment, answers)));
    for (const field of ['index', 'tier', 'cappedBy', 'strengths', 'gaps', 'fit', 'kpis', 'recommendations'] as const)
      expect(restored[field]).toEqual(original[field]);
  });

  it('are compact: a full persona of the bundled assessment fits in 200 characters, a tenth of its JSON', () => {
    const token = encodeAnswers(socialMediaAssessment, enterpriseSaas as Answers);
    expect(token.length).toBeLessThan(200);
    expect(token.length).toBeLessThan(JSON.stringify(enterpriseSaas).length / 10);
  });

  it('give back no answers for none', () => {
    expect(roundTrip(mini, {})).toEqual({});
  });

  it('leave out answers that do not validate and answers to unknown questions', () => {
    expect(roundTrip(mini, { market: 'b2b', helpful: 9, formats: ['memes', 'nope'], ghost: 'x' })).toEqual({ market: 'b2b' });
  });

  it('need no Node API (no Buffer): they run in browsers', () => {
    vi.stubGlobal('Buffer', undefined);
    try {
      expect(roundTrip(mini, { market: 'b2b', company: 'Ƙungiya 公司', educational_share: 12.5 })).toEqual({
        market: 'b2b',
        company: 'Ƙungiya 公司',
        educational_share: 12.5,
      });
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
