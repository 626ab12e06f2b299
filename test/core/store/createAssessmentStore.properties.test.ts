import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAssessmentStore, parseQuestionnaire, scoreAnswers, type AssessmentStoreState, type Questionnaire, type SessionAction } from '../../../src/core';
import { splitValidAnswers, withoutBlankAnswers } from '../../../src/core/answers/validateAnswers';
import { getVisibleAnswers } from '../../../src/core/conditions/getVisibleAnswers';
import { compileQuestionnaire } from '../../../src/core/questionnaire/compileQuestionnaire';
import { socialMediaAssessment } from '../../../src/content/social-media';
import { actionsArb, chainedQuestionnaireArb } from '../../fixtures/storeArbitraries';

// A fixed seed keeps CI reproducible; a failure prints the seed and path to replay it.
const RUNS = { numRuns: Number(process.env.FUZZ_RUNS ?? 300), seed: 20261204 };

/** What a full recompute from the answers alone makes of them: the visible questions, by section. */
function recomputedSteps(questionnaire: Questionnaire, answers: AssessmentStoreState['session']['answers']) {
  const compiled = compileQuestionnaire(questionnaire);
  const { shown, answers: counted } = getVisibleAnswers(compiled, withoutBlankAnswers(splitValidAnswers(compiled, answers).valid));
  let position = 0;
  const steps = questionnaire.sections
    .map((section) => ({ sectionId: section.id, questionIds: section.questions.filter(() => shown[position++]).map((question) => question.id) }))
    .filter((step) => step.questionIds.length > 0);
  return { steps, answered: Object.keys(counted).length, total: shown.filter(Boolean).length };
}

/** Holds a store's state to everything worked out again from scratch. */
function expectMatchesFullRecompute(questionnaire: Questionnaire, state: AssessmentStoreState): void {
  const { session, view } = state;
  const expected = recomputedSteps(questionnaire, session.answers);
  const sectionSteps = view.steps.filter((step) => step.kind === 'section');
  expect(sectionSteps.map((step) => ({ sectionId: step.sectionId, questionIds: step.questions.map((q) => q.id) }))).toEqual(expected.steps);
  expect(view.steps.at(-1)?.kind).toBe('review');
  expect({ answered: view.progress.answered, total: view.progress.total, stepCount: view.progress.stepCount }).toEqual({
    answered: expected.answered,
    total: expected.total,
    stepCount: expected.steps.length,
  });
  // The live profile, dimensions re-summed only where an answer changed them, equals scoring from scratch.
  expect(state.profile).toEqual(scoreAnswers(questionnaire, session.answers));
  // Field errors never linger on a hidden question.
  const visible = new Set(expected.steps.flatMap((step) => step.questionIds));
  const known = new Set(questionnaire.sections.flatMap((section) => section.questions.map((q) => q.id)));
  for (const id of Object.keys(session.errors)) if (known.has(id)) expect(visible.has(id), `errors on hidden question ${id}`).toBe(true);
  // Where the respondent is agrees with the status.
  if (session.status === 'complete') expect(view.currentStep).toBeNull();
  else if (session.status === 'review') expect(view.currentStep?.kind).toBe('review');
  else expect(view.currentStep?.kind === 'section' && view.currentStep.sectionId).toBe(session.currentSectionId);
}

function replay(questionnaire: Questionnaire, actions: SessionAction[], readProfileEvery: number): void {
  const store = createAssessmentStore(questionnaire);
  actions.forEach((action, index) => {
    store.dispatch(action);
    // Reading the profile only now and then lets dimensions stay dirty across several answers.
    if (index % readProfileEvery === 0) expectMatchesFullRecompute(questionnaire, store.getState());
  });
  expectMatchesFullRecompute(questionnaire, store.getState());
}

describe('createAssessmentStore: incremental updates equal a full recompute', () => {
  it('generated definitions with chained conditions are valid (the generator is sound)', () => {
    fc.assert(
      fc.property(chainedQuestionnaireArb, (questionnaire) => {
        expect(parseQuestionnaire(questionnaire).issues).toEqual([]);
      }),
      RUNS,
    );
  });

  it('after every action on generated questionnaires: steps, progress, errors and the profile', () => {
    const questionnaireAndActions = chainedQuestionnaireArb.chain((questionnaire) =>
      fc.tuple(fc.constant(questionnaire), actionsArb(questionnaire), fc.integer({ min: 1, max: 5 })),
    );
    fc.assert(
      fc.property(questionnaireAndActions, ([questionnaire, actions, every]) => replay(questionnaire, actions, every)),
      RUNS,
    );
  });

  it('on the bundled assessment, whose conditions hang on the market and the figures opt-in', () => {
    fc.assert(
      fc.property(actionsArb(socialMediaAssessment), fc.integer({ min: 1, max: 5 }), (actions, every) => replay(socialMediaAssessment, actions, every)),
      { ...RUNS, numRuns: Math.ceil(RUNS.numRuns / 3) },
    );
  });

  it('a state a listener kept still reads its own profile after later answers', () => {
    const store = createAssessmentStore(socialMediaAssessment);
    store.answer('market', 'b2b');
    const kept = store.getState();
    store.answer('market', 'b2c');
    store.answer('main_platform_effort', 'visual_platforms');
    expect(kept.profile).toEqual(scoreAnswers(socialMediaAssessment, { market: 'b2b' }));
    expect(store.getState().profile).toEqual(scoreAnswers(socialMediaAssessment, store.getState().session.answers));
  });
});
