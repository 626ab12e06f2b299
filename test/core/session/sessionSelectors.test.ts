import { describe, expect, it } from 'vitest';
import {
  canGoBack,
  canGoNext,
  canGoTo,
  createSession,
  getCountedAnswers,
  getCurrentStep,
  getProgress,
  getStepIssues,
  getSteps,
  isSessionFor,
  reduceSession,
  type SessionStep,
} from '../../../src/core/session';
import { answer, runOn, sessionQuestionnaire } from './sessionQuestionnaire';

const questionnaire = sessionQuestionnaire();
const run = runOn(questionnaire);
const names = (steps: SessionStep[]) => steps.map((step) => (step.kind === 'section' ? step.sectionId : 'review'));

describe('getSteps', () => {
  it('lists the sections with a visible question, then review', () => {
    const fresh = createSession(questionnaire);
    expect(names(getSteps(questionnaire, fresh))).toEqual(['company', 'contact', 'review']);
    expect(names(getSteps(questionnaire, run(fresh, answer('market', 'both'))))).toEqual(['company', 'b2b', 'contact', 'review']);
  });

  it('gives each section step its visible questions and marks the current and visited ones', () => {
    const state = run(createSession(questionnaire), answer('market', 'b2b'), { type: 'next' });
    const steps = getSteps(questionnaire, state);
    expect(steps.map((step) => [step.index, step.isCurrent, step.isVisited])).toEqual([
      [0, false, true],
      [1, true, true],
      [2, false, false],
      [3, false, false],
    ]);
    const b2b = steps[1];
    expect(b2b?.kind === 'section' && b2b.questions.map((question) => question.id)).toEqual(['platforms', 'lead_quality']);
  });

  it('counts review as visited once every section step is', () => {
    const state = run(createSession(questionnaire), answer('market', 'b2c'), { type: 'next' }, { type: 'back' });
    expect(getSteps(questionnaire, state).at(-1)).toMatchObject({ kind: 'review', isVisited: true });
    // Showing a section not seen yet makes review unvisited again.
    expect(getSteps(questionnaire, run(state, answer('market', 'b2b'))).at(-1)).toMatchObject({ isVisited: false });
  });
});

describe('getCurrentStep', () => {
  it('gives the section being answered, review, or null once complete', () => {
    const fresh = createSession(questionnaire);
    expect(getCurrentStep(questionnaire, fresh)).toMatchObject({ kind: 'section', sectionId: 'company', index: 0 });
    const review = run(fresh, answer('market', 'b2c'), { type: 'goTo', step: 'review' });
    expect(getCurrentStep(questionnaire, review)).toMatchObject({ kind: 'review', index: 2 });
    expect(getCurrentStep(questionnaire, run(review, { type: 'complete' }))).toBeNull();
  });
});

describe('getProgress', () => {
  it('counts steps and visible answered questions', () => {
    const state = run(createSession(questionnaire), answer('market', 'b2b'), answer('team_size', 4), { type: 'next' });
    expect(getProgress(questionnaire, state)).toEqual({ stepNumber: 2, stepCount: 3, answered: 2, total: 6, ratio: 2 / 6 });
  });

  it('drops the step count when a section is hidden', () => {
    const b2b = run(createSession(questionnaire), answer('market', 'b2b'));
    expect(getProgress(questionnaire, b2b).stepCount).toBe(3);
    expect(getProgress(questionnaire, run(b2b, answer('market', 'b2c'))).stepCount).toBe(2);
  });

  it('does not count an answer to a hidden question, nor an invalid one', () => {
    const state = run(createSession(questionnaire), answer('market', 'b2c'), answer('lead_quality', 4), answer('team_size', 0));
    expect(state.answers).toMatchObject({ lead_quality: 4, team_size: 0 });
    expect(getProgress(questionnaire, state)).toMatchObject({ answered: 1, total: 4, ratio: 0.25 });
    expect(getCountedAnswers(questionnaire, state)).toEqual({ market: 'b2c' });
  });

  it('puts review and the result after the last section', () => {
    const review = run(createSession(questionnaire), answer('market', 'b2c'), { type: 'goTo', step: 'review' });
    expect(getProgress(questionnaire, review)).toMatchObject({ stepNumber: 3, stepCount: 2 });
    expect(getProgress(questionnaire, run(review, { type: 'complete' }))).toMatchObject({ stepNumber: 3, stepCount: 2 });
  });
});

describe('getStepIssues', () => {
  it('gives the current step’s issues as next would find them, without touching state', () => {
    const fresh = createSession(questionnaire);
    expect(getStepIssues(questionnaire, fresh).map((issue) => [issue.code, issue.path])).toEqual([['required', 'answers.market']]);
    expect(fresh.errors).toEqual({});
  });

  it('gives another step’s issues, every visible question’s on review, and none for a hidden step', () => {
    const state = run(createSession(questionnaire), answer('market', 'b2b'), answer('monthly_leads', -1));
    expect(getStepIssues(questionnaire, state, { sectionId: 'b2b' }).map((issue) => issue.path)).toEqual(['answers.lead_quality']);
    expect(getStepIssues(questionnaire, state, { step: 'review' }).map((issue) => issue.path)).toEqual([
      'answers.lead_quality',
      'answers.monthly_leads',
    ]);
    expect(getStepIssues(questionnaire, run(state, answer('market', 'b2c')), { sectionId: 'b2b' })).toEqual([]);
  });
});

describe('canGoNext, canGoBack, canGoTo', () => {
  it('agree with what the reducer would do', () => {
    const fresh = createSession(questionnaire);
    expect([canGoNext(questionnaire, fresh), canGoBack(questionnaire, fresh)]).toEqual([false, false]);
    const answered = run(fresh, answer('market', 'b2b'));
    expect(canGoNext(questionnaire, answered)).toBe(true);
    const second = run(answered, { type: 'next' });
    expect([canGoNext(questionnaire, second), canGoBack(questionnaire, second)]).toEqual([false, true]);
    expect(canGoTo(questionnaire, second, { sectionId: 'company' })).toBe(true);
    expect(canGoTo(questionnaire, second, { step: 'review' })).toBe(false);
    expect(canGoTo(questionnaire, run(second, answer('lead_quality', 3)), { step: 'review' })).toBe(true);
  });

  it('say no once complete, on review for next, and for a hidden section', () => {
    const review = run(createSession(questionnaire), answer('market', 'b2c'), { type: 'goTo', step: 'review' });
    expect([canGoNext(questionnaire, review), canGoBack(questionnaire, review)]).toEqual([false, true]);
    expect(canGoTo(questionnaire, review, { sectionId: 'b2b' })).toBe(false);
    const done = run(review, { type: 'complete' });
    expect([canGoNext(questionnaire, done), canGoBack(questionnaire, done), canGoTo(questionnaire, done, { sectionId: 'company' })]).toEqual([
      false,
      false,
      false,
    ]);
  });
});

describe('isSessionFor', () => {
  it('accepts a session of this questionnaire and version only', () => {
    const state = createSession(questionnaire);
    expect(isSessionFor(questionnaire, state)).toBe(true);
    expect(isSessionFor(questionnaire, { ...state, questionnaireId: 'other' })).toBe(false);
    expect(isSessionFor(questionnaire, { ...state, questionnaireVersion: '2' })).toBe(false);
    expect(isSessionFor(questionnaire, { ...state, errors: { market: 'required' } })).toBe(false);
    expect(isSessionFor(questionnaire, null)).toBe(false);
  });

  it('is what the reducer checks: a session restored for the next version is left alone', () => {
    const v1 = createSession(questionnaire);
    const v2 = sessionQuestionnaire({ version: '2' });
    expect(reduceSession(v2, v1, { type: 'next' })).toBe(v1);
    expect(reduceSession(questionnaire, v1, { type: 'next' })).not.toBe(v1);
  });
});
