import { describe, expect, it } from 'vitest';
import { type SessionStep } from '../../../src/core';
import { answer, runOn, startSession, storeQuestionnaire, viewOf } from './storeQuestionnaire';

const questionnaire = storeQuestionnaire();
const run = runOn(questionnaire);
const names = (steps: readonly SessionStep[]) => steps.map((step) => (step.kind === 'section' ? step.sectionId : 'review'));

describe('view.steps', () => {
  it('lists the sections with a visible question, then review', () => {
    const fresh = startSession(questionnaire);
    expect(names(viewOf(fresh).steps)).toEqual(['company', 'contact', 'review']);
    expect(names(viewOf(run(fresh, answer('market', 'both'))).steps)).toEqual(['company', 'b2b', 'contact', 'review']);
  });

  it('gives each section step its visible questions and marks the current and visited ones', () => {
    const state = run(startSession(questionnaire), answer('market', 'b2b'), { type: 'next' });
    const steps = viewOf(state).steps;
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
    const state = run(startSession(questionnaire), answer('market', 'b2c'), { type: 'next' }, { type: 'back' });
    expect(viewOf(state).steps.at(-1)).toMatchObject({ kind: 'review', isVisited: true });
    // Showing a section not seen yet makes review unvisited again.
    expect(viewOf(run(state, answer('market', 'b2b'))).steps.at(-1)).toMatchObject({ isVisited: false });
  });
});

describe('view.currentStep', () => {
  it('gives the section being answered, review, or null once complete', () => {
    const fresh = startSession(questionnaire);
    expect(viewOf(fresh).currentStep).toMatchObject({ kind: 'section', sectionId: 'company', index: 0 });
    const review = run(fresh, answer('market', 'b2c'), { type: 'goTo', step: 'review' });
    expect(viewOf(review).currentStep).toMatchObject({ kind: 'review', index: 2 });
    expect(viewOf(run(review, { type: 'complete' })).currentStep).toBeNull();
  });
});

describe('view.progress', () => {
  it('counts steps and visible answered questions', () => {
    const state = run(startSession(questionnaire), answer('market', 'b2b'), answer('team_size', 4), { type: 'next' });
    expect(viewOf(state).progress).toEqual({ stepNumber: 2, stepCount: 3, answered: 2, total: 6, ratio: 2 / 6 });
  });

  it('drops the step count when a section is hidden', () => {
    const b2b = run(startSession(questionnaire), answer('market', 'b2b'));
    expect(viewOf(b2b).progress.stepCount).toBe(3);
    expect(viewOf(run(b2b, answer('market', 'b2c'))).progress.stepCount).toBe(2);
  });

  it('does not count an answer to a hidden question, nor an invalid one', () => {
    const state = run(startSession(questionnaire), answer('market', 'b2c'), answer('lead_quality', 4), answer('team_size', 0));
    expect(state.answers).toMatchObject({ lead_quality: 4, team_size: 0 });
    expect(viewOf(state).progress).toMatchObject({ answered: 1, total: 4, ratio: 0.25 });
  });

  it('puts review and the result after the last section', () => {
    const review = run(startSession(questionnaire), answer('market', 'b2c'), { type: 'goTo', step: 'review' });
    expect(viewOf(review).progress).toMatchObject({ stepNumber: 3, stepCount: 2 });
    expect(viewOf(run(review, { type: 'complete' })).progress).toMatchObject({ stepNumber: 3, stepCount: 2 });
  });
});
