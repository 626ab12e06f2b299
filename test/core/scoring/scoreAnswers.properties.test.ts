import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuestionnaire, scoreAnswers, type Answers, type Profile, type Question, type Questionnaire } from '../../../src/core';
import { compileQuestionnaire } from '../../../src/core/questionnaire/compileQuestionnaire';
import { earnedPoints } from '../../../src/core/scoring/scoreDimensions';
import { questionnaireArb, scoredCaseArb } from '../../fixtures/arbitraries';

// A fixed seed keeps CI reproducible; a failure prints the seed and path to replay it.
const RUNS = { numRuns: 200, seed: 20261122 };

const scoreOf = (profile: Profile, dimensionId: string) => profile.dimensions.find((d) => d.id === dimensionId)?.score ?? null;

/** The points one answer earns per dimension, as scoring counts them. */
function pointsOf(questionnaire: Questionnaire, question: Question, value: Answers[string]): Record<string, number> {
  const entry = compileQuestionnaire(questionnaire).byId.get(question.id)!;
  const earned = earnedPoints(entry, value);
  return Object.fromEntries(entry.maxEntries.map(([id, max], index) => [id, Math.min(earned[index] ?? 0, max)]));
}

const shuffledKeys = (answers: Answers): Answers => Object.fromEntries(Object.entries(answers).reverse());

/** Every answer a choice or likert question can take, from its generator's point of view. */
function candidateAnswers(question: Question): Answers[string][] {
  if (question.type === 'single') return question.options.map((o) => o.id);
  if (question.type === 'likert') return [1, 2, 3, 4, 5];
  if (question.type === 'number') return [0, 10, 50];
  return [];
}

function scoredQuestions(questionnaire: Questionnaire): Question[] {
  return questionnaire.sections.flatMap((s) => s.questions).filter((q) => q.id !== 'gate' && candidateAnswers(q).length > 0);
}

describe('scoreAnswers properties', () => {
  it('generated definitions are valid (the generator is sound)', () => {
    fc.assert(
      fc.property(questionnaireArb, (questionnaire) => {
        expect(parseQuestionnaire(questionnaire).issues).toEqual([]);
      }),
      RUNS,
    );
  });

  it('keeps every score within its bounds', () => {
    fc.assert(
      fc.property(scoredCaseArb, ({ questionnaire, answers }) => {
        const profile = scoreAnswers(questionnaire, answers);
        for (const d of profile.dimensions) if (d.score !== null) expect(d.score).toSatisfy((s: number) => s >= 0 && s <= 100);
        if (profile.index !== null) expect(profile.index).toSatisfy((s: number) => s >= 0 && s <= 100);
        expect(profile.index === null).toBe(profile.dimensions.every((d) => d.score === null));
        for (const a of profile.axes) if (a.position !== null) expect(a.position).toSatisfy((p: number) => p >= -100 && p <= 100);
        expect(profile.completeness).toSatisfy((c: number) => c >= 0 && c <= 1);
        // A tier is claimed exactly when the profile is not provisional, and then it is one of the definition's.
        expect(profile.tier === null).toBe(profile.provisional);
        if (profile.tier !== null) expect(questionnaire.tiers.map((t) => t.id)).toContain(profile.tier);
        expect(profile.issues).toEqual([]);
      }),
      RUNS,
    );
  });

  it('is deterministic and independent of key order', () => {
    fc.assert(
      fc.property(scoredCaseArb, ({ questionnaire, answers }) => {
        const first = scoreAnswers(questionnaire, answers);
        expect(scoreAnswers(questionnaire, answers)).toEqual(first);
        expect(scoreAnswers(questionnaire, shuffledKeys(answers))).toEqual(first);
        expect(scoreAnswers(structuredClone(questionnaire), structuredClone(answers))).toEqual(first);
      }),
      RUNS,
    );
  });

  it("never lowers a dimension's score when one answer earns more of its points", () => {
    fc.assert(
      fc.property(scoredCaseArb, fc.nat(), ({ questionnaire, answers }, pick) => {
        const questions = scoredQuestions(questionnaire);
        const question = questions[pick % questions.length];
        if (!question) return;
        const before = scoreAnswers(questionnaire, answers);
        for (const candidate of candidateAnswers(question)) {
          const after = scoreAnswers(questionnaire, { ...answers, [question.id]: candidate });
          const current = answers[question.id];
          for (const dimension of questionnaire.dimensions) {
            const earnedNow = current === undefined ? undefined : (pointsOf(questionnaire, question, current)[dimension.id] ?? 0);
            const earnedThen = pointsOf(questionnaire, question, candidate)[dimension.id] ?? 0;
            if (earnedNow === undefined || earnedThen < earnedNow) continue;
            expect(scoreOf(after, dimension.id) ?? 0).toBeGreaterThanOrEqual((scoreOf(before, dimension.id) ?? 0) - 1e-9);
          }
        }
      }),
      RUNS,
    );
  });

  it('never scores a skipped question lower than its weakest answer', () => {
    fc.assert(
      fc.property(scoredCaseArb, fc.nat(), ({ questionnaire, answers }, pick) => {
        const questions = scoredQuestions(questionnaire);
        const question = questions[pick % questions.length];
        if (!question) return;
        const { [question.id]: _dropped, ...skipped } = answers;
        const skippedProfile = scoreAnswers(questionnaire, skipped);
        for (const candidate of candidateAnswers(question)) {
          const answered = scoreAnswers(questionnaire, { ...skipped, [question.id]: candidate });
          for (const dimension of questionnaire.dimensions) {
            if ((pointsOf(questionnaire, question, candidate)[dimension.id] ?? 0) > 0) continue;
            const withSkip = scoreOf(skippedProfile, dimension.id);
            const withWorst = scoreOf(answered, dimension.id);
            if (withSkip !== null && withWorst !== null) expect(withSkip).toBeGreaterThanOrEqual(withWorst - 1e-9);
          }
        }
      }),
      RUNS,
    );
  });

  it('counts only visible, answered questions: a perfect answer set scores 100 however much is skipped', () => {
    fc.assert(
      fc.property(scoredCaseArb, ({ questionnaire, answers }) => {
        const profile = scoreAnswers(questionnaire, answers);
        for (const dimension of profile.dimensions) {
          for (const c of dimension.contributions) expect(answers).toHaveProperty(c.questionId);
          const earned = dimension.contributions.reduce((sum, c) => sum + c.points, 0);
          const possible = dimension.contributions.reduce((sum, c) => sum + c.maxPoints, 0);
          if (possible === 0) expect(dimension.score).toBeNull();
          else expect(dimension.score).toBeCloseTo((earned / possible) * 100, 9);
        }
        // Answer only the anchor, perfectly: every dimension is 100, whatever else was skipped.
        const perfect = scoreAnswers(questionnaire, { anchor: 'all' });
        expect(perfect.dimensions.map((d) => d.score)).toEqual([100, 100, 100, 100]);
      }),
      RUNS,
    );
  });

  it('never lets a hidden question lower a score', () => {
    fc.assert(
      fc.property(scoredCaseArb, ({ questionnaire, answers }) => {
        const hidden = scoreAnswers(questionnaire, { ...answers, gate: 'hide' });
        const gated = new Set(
          questionnaire.sections.flatMap((s) => s.questions).filter((q) => q.visibleIf).map((q) => q.id),
        );
        // The same answers with every gated question at zero points, shown.
        const worst: Record<string, Answers[string]> = { ...answers, gate: 'show' };
        for (const question of questionnaire.sections.flatMap((s) => s.questions)) {
          if (!gated.has(question.id)) continue;
          const zero = candidateAnswers(question).find((candidate) => Object.values(pointsOf(questionnaire, question, candidate)).every((p) => p === 0));
          if (zero === undefined) delete worst[question.id];
          else worst[question.id] = zero;
        }
        const shown = scoreAnswers(questionnaire, worst);
        for (const dimension of questionnaire.dimensions) {
          const a = scoreOf(hidden, dimension.id);
          const b = scoreOf(shown, dimension.id);
          if (a !== null && b !== null) expect(a).toBeGreaterThanOrEqual(b - 1e-9);
        }
        const counted = hidden.dimensions.flatMap((d) => d.contributions).map((c) => c.questionId);
        for (const id of gated) expect(counted).not.toContain(id);
      }),
      RUNS,
    );
  });

  it('gives KPI values that are finite or "not available", never Infinity or NaN', () => {
    const numbers = fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1e300, noNaN: true, noDefaultInfinity: true }), fc.constant(Number.MIN_VALUE));
    fc.assert(
      fc.property(questionnaireArb, numbers, fc.option(fc.nat(), { nil: undefined }), (questionnaire, spend, leads) => {
        const answers: Record<string, number> = { spend };
        if (leads !== undefined) answers.leads = leads;
        for (const kpi of scoreAnswers(questionnaire, answers).kpis) {
          if (kpi.status === 'ok') expect(Number.isFinite(kpi.value)).toBe(true);
          else expect(kpi.value).toBeNull();
        }
      }),
      RUNS,
    );
  });
});
