import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { socialMediaAssessment } from '../../../src/content/social-media';
import { createBatchScorer, parseQuestionnaire, ReadinessError, validateAnswers, type Answers, type Questionnaire } from '../../../src/core';
import { answersArb, scoredCaseArb } from '../../fixtures/arbitraries';
import { fixtureQuestionnaire } from '../../cli/fixtures';
import { profileRecordOf } from './profileRecordOf';

// A fixed seed keeps CI reproducible; a failure prints the seed and path to replay it.
const RUNS = { numRuns: 200, seed: 20261204 };
// Property runs score hundreds of answer sets; on a busy machine that can outlast the default 5 s.
const PROPERTY_TIMEOUT = 30_000;

const bundled = (() => {
  const parsed = parseQuestionnaire(socialMediaAssessment);
  if (!parsed.ok) throw new Error('the bundled assessment does not validate');
  return parsed.value;
})();

/** Answers as a line of NDJSON brings them: through JSON, so each object is what JSON.parse makes. */
const viaJson = (answers: unknown): unknown => JSON.parse(JSON.stringify(answers));

/** Some answers blanked (empty choice lists, blank text): "not answered yet" to scoring. */
function withBlanks(questionnaire: Questionnaire, answers: Answers, blank: readonly boolean[]): Answers {
  const questions = questionnaire.sections.flatMap((section) => section.questions);
  const out: Record<string, Answers[string]> = { ...answers };
  questions.forEach((question, index) => {
    if (!blank[index % blank.length]) return;
    if (question.type === 'multi') out[question.id] = [];
    if (question.type === 'text') out[question.id] = '  ';
  });
  return out;
}

describe('createBatchScorer', () => {
  it('gives, on the bundled assessment, the record scoreAnswers gives for any valid answers', () => {
    const score = createBatchScorer(bundled);
    fc.assert(
      fc.property(answersArb(bundled), fc.array(fc.boolean(), { minLength: 1, maxLength: 7 }), (drawn, blank) => {
        const answers = withBlanks(bundled, drawn, blank);
        // The generator's numbers may be out of range; those answers are refused, and checked below.
        fc.pre(validateAnswers(bundled, answers).ok);
        expect(score(viaJson(answers))).toEqual({ ok: true, record: profileRecordOf(bundled, answers) });
      }),
      RUNS,
    );
  }, PROPERTY_TIMEOUT);

  it('gives, on generated definitions, the record scoreAnswers gives, one scorer reused across answers', () => {
    fc.assert(
      fc.property(scoredCaseArb, fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }), ({ questionnaire, answers }, blank) => {
        const score = createBatchScorer(questionnaire);
        const blanked = withBlanks(questionnaire, answers, blank);
        // Twice, with other answers between: nothing of one call may leak into the next.
        const first = score(viaJson(blanked));
        score(viaJson({}));
        expect(score(viaJson(blanked))).toEqual(first);
        expect(first).toEqual({ ok: true, record: profileRecordOf(questionnaire, blanked) });
      }),
      RUNS,
    );
  }, PROPERTY_TIMEOUT);

  it('gives the fixture definition the record scoreAnswers gives, KPI rules and fit included', () => {
    const score = createBatchScorer(fixtureQuestionnaire);
    fc.assert(
      fc.property(answersArb(fixtureQuestionnaire), (answers) => {
        expect(score(viaJson(answers))).toEqual({ ok: true, record: profileRecordOf(fixtureQuestionnaire, answers) });
      }),
      RUNS,
    );
  }, PROPERTY_TIMEOUT);

  it('records a B2B seller on TikTok as a mismatch with the fix-fit rule, and segments by market', () => {
    const answers = { market: 'b2b', platform: 'tiktok', tracking: 2, spend: 100, leads: 4 };
    const result = createBatchScorer(fixtureQuestionnaire)(answers);
    expect(result).toEqual({
      ok: true,
      record: {
        questionnaire: 'fixture@1.0.0',
        index: (25 * 3 + 25) / 4,
        tier: 'starting',
        provisional: false,
        completeness: 1,
        dimensions: { audience: 25, measurement: 25 },
        axes: { orientation: -100 },
        fit: 'mismatch',
        segment: { market: 'b2b' },
        recommendations: ['fix-fit', 'measure'],
      },
    });
  });

  it('segments the bundled assessment by its descriptive questions, null where unanswered', () => {
    const result = createBatchScorer(bundled)({ market: 'b2c', company_size: 'small' });
    expect(result.ok && result.record.segment).toEqual({ market: 'b2c', deal_size: null, company_size: 'small', share_numbers: null });
  });

  describe('the respondent id', () => {
    it('copies a string id to the record and does not score it', () => {
      const answers = { market: 'b2b', platform: 'linkedin' };
      const result = createBatchScorer(fixtureQuestionnaire)({ id: 'crm-0042', ...answers });
      expect(result).toEqual({ ok: true, record: profileRecordOf(fixtureQuestionnaire, answers, 'crm-0042') });
      // The id comes right after the questionnaire, so it leads every line a person reads.
      expect(Object.keys(result.ok ? result.record : {}).slice(0, 2)).toEqual(['questionnaire', 'id']);
    });

    it('leaves id out of a record whose answers had none', () => {
      const result = createBatchScorer(fixtureQuestionnaire)({ market: 'b2b' });
      expect(result.ok && 'id' in result.record).toBe(false);
    });

    it('refuses an id that is not a string, at its path', () => {
      const result = createBatchScorer(fixtureQuestionnaire)({ id: 42, market: 'b2b' });
      expect(result.ok).toBe(false);
      expect(!result.ok && result.issues.map(({ code, path, params }) => ({ code, path, received: params.received }))).toEqual([
        { code: 'invalid_type', path: 'answers.id', received: 'number' },
      ]);
    });

    it('scores `id` as an answer when the questionnaire has a question of that id', () => {
      const withIdQuestion: Questionnaire = {
        ...fixtureQuestionnaire,
        sections: [
          {
            ...fixtureQuestionnaire.sections[0]!,
            questions: [
              ...fixtureQuestionnaire.sections[0]!.questions,
              { id: 'id', type: 'single', label: 'Plan', options: [{ id: 'basic', label: 'Basic' }, { id: 'pro', label: 'Pro' }] },
            ],
          },
        ],
      };
      const score = createBatchScorer(withIdQuestion);
      expect(score({ id: 'pro', market: 'b2b' })).toEqual({ ok: true, record: profileRecordOf(withIdQuestion, { id: 'pro', market: 'b2b' }) });
      expect(score({ id: 'pro' }).ok && (score({ id: 'pro' }) as { record: { segment: object } }).record.segment).toEqual({ market: null, id: 'pro' });
      expect(score({ id: 'crm-1' })).toMatchObject({ ok: false, issues: [{ code: 'unknown_option', path: 'answers.id' }] });
    });
  });

  describe('invalid answers', () => {
    it('refuses them with the issues validateAnswers finds, for any broken answer', () => {
      const score = createBatchScorer(bundled);
      const broken = fc.record({
        answers: answersArb(bundled),
        key: fc.constantFrom('market', 'company_size', 'platforms_used', 'know_decision_makers', 'brand_share', 'no_such_question'),
        value: fc.oneof(fc.string(), fc.integer({ min: -5, max: 500 }), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }), fc.constant(2.5)),
      });
      fc.assert(
        fc.property(broken, ({ answers, key, value }) => {
          const given = { ...answers, [key]: value };
          const checked = validateAnswers(bundled, viaJson(given));
          fc.pre(!checked.ok);
          expect(score(viaJson(given))).toEqual({ ok: false, issues: checked.issues });
        }),
        RUNS,
      );
    }, PROPERTY_TIMEOUT);

    it('names the question and the option of an unknown answer', () => {
      const result = createBatchScorer(bundled)({ market: 'b2b', company_size: 'gigantic' });
      expect(result).toMatchObject({ ok: false, issues: [{ code: 'unknown_option', path: 'answers.company_size', params: { id: 'gigantic' } }] });
    });

    it('refuses a value that is not an object: an array, a string, null', () => {
      const score = createBatchScorer(bundled);
      for (const [value, received] of [[['b2b'], 'array'], ['b2b', 'string'], [null, 'null'], [7, 'number']] as const)
        expect(score(value)).toMatchObject({ ok: false, issues: [{ code: 'invalid_type', path: 'answers', params: { expected: 'object', received } }] });
    });
  });

  it('throws a ReadinessError for a definition that does not validate, as scoreAnswers does', () => {
    const broken = { ...fixtureQuestionnaire, dimensions: [] } as Questionnaire;
    expect(() => createBatchScorer(broken)).toThrow(ReadinessError);
  });
});
