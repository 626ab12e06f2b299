import { describe, expect, it, vi } from 'vitest';
import { createAssessmentStore, questionsAfterQuickCheck, scoreAnswers, type Answers, type AssessmentStore, type Question } from '../../../src/core';
import { socialMediaAssessment } from '../../../src/content/social-media';
import { miniQuestionnaire } from '../../fixtures/miniQuestionnaire';

const quickIds = socialMediaAssessment.quickCheck!.questions;
const allQuestions = socialMediaAssessment.sections.flatMap((section) => section.questions);
const questionById = new Map(allQuestions.map((question) => [question.id, question]));

/** A valid answer: a choice question's last option, the first of a multi, 4 on a likert, a number's minimum. */
function someAnswer(question: Question): Answers[string] {
  if (question.type === 'multi') return [question.options[0]!.id];
  if (question.type === 'single') return question.options[question.options.length - 1]!.id;
  if (question.type === 'likert') return 4;
  if (question.type === 'number') return question.min ?? 0;
  throw new Error(`no answer made for ${question.type} question ${question.id}`);
}

/** Answers every question on the store's current step, then goes on, until the result. */
function answerThrough(store: AssessmentStore, market = 'b2b'): void {
  for (let guard = 0; store.getState().session.status === 'in_progress' && guard < 50; guard += 1) {
    const step = store.getState().view.currentStep;
    if (step?.kind !== 'section') break;
    for (const question of step.questions)
      if (!Object.hasOwn(store.getState().session.answers, question.id)) store.answer(question.id, question.id === 'market' ? market : someAnswer(question));
    store.next();
  }
  store.complete();
}

const stepQuestionIds = (store: AssessmentStore) =>
  store.getState().view.steps.flatMap((step) => (step.kind === 'section' ? step.questions.map((question) => question.id) : []));

describe('the store in the quick check', () => {
  it('asks only the quick check’s questions, in questionnaire order, and counts progress over them', () => {
    const store = createAssessmentStore(socialMediaAssessment, { quickCheck: true });
    const { scope, view } = store.getState();
    expect(scope).toBe('quick');
    const inOrder = allQuestions.map((question) => question.id).filter((id) => quickIds.includes(id));
    expect(stepQuestionIds(store)).toEqual(inOrder);
    expect(view.progress).toMatchObject({ answered: 0, total: quickIds.length });
    store.answer('market', 'b2b');
    expect(store.getState().view.progress).toMatchObject({ answered: 1, total: quickIds.length });
  });

  it('asks every question without the option, and ignores the option for a definition with no quick check', () => {
    expect(createAssessmentStore(socialMediaAssessment).getState().scope).toBe('full');
    const plain = createAssessmentStore(miniQuestionnaire(), { quickCheck: true });
    expect(plain.getState().scope).toBe('full');
    expect(stepQuestionIds(plain)).toEqual(stepQuestionIds(createAssessmentStore(miniQuestionnaire())));
  });

  it('completes on the quick check alone with a provisional profile that scores every dimension, as scoreAnswers does for the quick scope', () => {
    const onComplete = vi.fn();
    const store = createAssessmentStore(socialMediaAssessment, { quickCheck: true, onComplete });
    answerThrough(store);
    const { session, profile } = store.getState();
    expect(session.status).toBe('complete');
    expect(Object.keys(session.answers).sort()).toEqual([...quickIds].sort());
    expect(profile.provisional).toBe(true);
    expect(profile.tier).toBeNull();
    expect(profile.index).not.toBeNull();
    expect(profile.dimensions.filter((dimension) => dimension.score === null)).toEqual([]);
    expect(profile).toEqual(scoreAnswers(socialMediaAssessment, session.answers, { scope: 'quick' }));
    expect(onComplete).toHaveBeenCalledTimes(1);
    // Scored as the full questionnaire, one answer per dimension is not enough for a score.
    expect(scoreAnswers(socialMediaAssessment, session.answers).dimensions.some((dimension) => dimension.score === null)).toBe(true);
  });

  it('is not held up by a required question the quick check does not ask', () => {
    const definition = { ...miniQuestionnaire(), quickCheck: { questions: ['channel', 'helpful'] } };
    expect(definition.sections[0]!.questions.find((question) => question.id === 'market')?.required).toBe(true);
    const store = createAssessmentStore(definition, { quickCheck: true });
    store.answer('channel', 'linkedin');
    store.answer('helpful', 5);
    store.complete();
    expect(store.getState().session.status).toBe('complete');
  });

  it('goes deeper keeping every answer, on the first step with a question not asked yet, and scores as the full questionnaire', () => {
    const onStepChange = vi.fn();
    const store = createAssessmentStore(socialMediaAssessment, { quickCheck: true, onStepChange });
    answerThrough(store);
    const quickAnswers = store.getState().session.answers;
    store.deepen();
    const { scope, session, view, profile } = store.getState();
    expect(scope).toBe('full');
    expect(session.status).toBe('in_progress');
    expect(session.answers).toEqual(quickAnswers);
    const firstNew = allQuestions.find((question) => !quickIds.includes(question.id) && view.steps.some((step) => step.kind === 'section' && step.questions.includes(question)));
    expect(view.currentStep?.kind === 'section' && view.currentStep.questions.map((question) => question.id)).toContain(firstNew?.id);
    expect(view.progress.total).toBeGreaterThan(quickIds.length);
    expect(view.progress.answered).toBe(quickIds.length);
    // What the offer to go deeper counted is what is now left to answer.
    expect(questionsAfterQuickCheck(socialMediaAssessment, quickAnswers)).toHaveLength(view.progress.total - view.progress.answered);
    expect(profile).toEqual(scoreAnswers(socialMediaAssessment, session.answers));
    expect(onStepChange).toHaveBeenLastCalledWith(view.currentStep, view.progress);
    expect(questionsAfterQuickCheck(miniQuestionnaire(), quickAnswers)).toEqual([]);
    // Going deeper once more changes nothing.
    const before = store.getState();
    store.deepen();
    expect(store.getState()).toBe(before);
  });

  it('finishes the full questionnaire after going deeper with a profile that may claim a tier', () => {
    const onComplete = vi.fn();
    const store = createAssessmentStore(socialMediaAssessment, { quickCheck: true, onComplete });
    answerThrough(store);
    store.deepen();
    answerThrough(store);
    expect(store.getState().session.status).toBe('complete');
    expect(store.getState().profile.provisional).toBe(false);
    expect(onComplete).toHaveBeenCalledTimes(2);
  });

  it('starts again in the quick check', () => {
    const store = createAssessmentStore(socialMediaAssessment, { quickCheck: true });
    answerThrough(store);
    store.deepen();
    store.reset();
    expect(store.getState().scope).toBe('quick');
    expect(stepQuestionIds(store)).toHaveLength(quickIds.length);
    expect(store.getState().session.answers).toEqual({});
  });
});

describe('store.check', () => {
  it('shows the errors of the questions it is given without moving, and says whether they pass', () => {
    const store = createAssessmentStore(miniQuestionnaire());
    const before = store.getState().view.currentStep;
    expect(store.check(['market'])).toBe(false);
    expect(store.getState().session.errors.market?.map((issue) => issue.code)).toEqual(['required']);
    expect(store.getState().view.currentStep).toBe(before);
    store.answer('market', 'b2b');
    expect(store.check(['market'])).toBe(true);
    expect(store.getState().session.errors.market).toBeUndefined();
  });

  it('leaves other questions’ errors alone and passes over hidden or unknown ids', () => {
    const store = createAssessmentStore(miniQuestionnaire());
    store.check(['market']);
    // `community` is hidden until the market is answered; `nope` is no question.
    expect(store.check(['community', 'nope'])).toBe(true);
    expect(store.getState().session.errors.market?.map((issue) => issue.code)).toEqual(['required']);
    expect(store.check('market' as unknown as string[])).toBe(false);
  });
});

describe('estimate for the bundled quick check', () => {
  it('has twelve questions that take about three minutes', async () => {
    const { estimateSecondsLeft } = await import('../../../src/core');
    const questions = quickIds.map((id) => questionById.get(id)!);
    expect(questions).toHaveLength(12);
    const minutes = estimateSecondsLeft(questions, {}) / 60;
    expect(minutes).toBeGreaterThanOrEqual(2);
    expect(minutes).toBeLessThanOrEqual(4);
  });
});
