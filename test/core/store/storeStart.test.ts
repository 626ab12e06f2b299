import { describe, expect, it } from 'vitest';
import { startSession, storeQuestionnaire } from './storeQuestionnaire';

const questionnaire = storeQuestionnaire();

describe('createAssessmentStore: the session it starts with', () => {
  it('starts on the first section with nothing answered', () => {
    expect(startSession(questionnaire)).toEqual({
      questionnaireId: 'session-test',
      questionnaireVersion: '1',
      status: 'in_progress',
      currentSectionId: 'company',
      answers: {},
      errors: {},
      visited: ['company'],
    });
  });

  it('starts on the step given, counting the steps before it as visited', () => {
    const state = startSession(questionnaire, { answers: { market: 'b2b' }, stepIndex: 2 });
    expect([state.status, state.currentSectionId]).toEqual(['in_progress', 'contact']);
    expect(state.visited).toEqual(['company', 'b2b', 'contact']);
  });

  it('counts steps among the sections the answers show', () => {
    // Selling to consumers hides the b2b section, so step 1 is contact.
    expect(startSession(questionnaire, { answers: { market: 'b2c' }, stepIndex: 1 }).currentSectionId).toBe('contact');
  });

  it('starts on review when the step given is past the sections, and clamps the rest', () => {
    expect(startSession(questionnaire, { stepIndex: 2 })).toMatchObject({ status: 'review', currentSectionId: null });
    expect(startSession(questionnaire, { stepIndex: 99 }).status).toBe('review');
    expect(startSession(questionnaire, { stepIndex: -3 }).currentSectionId).toBe('company');
    expect(startSession(questionnaire, { stepIndex: Number.NaN }).currentSectionId).toBe('company');
  });

  it('keeps invalid answers with their errors and reports unknown questions without keeping them', () => {
    const state = startSession(questionnaire, {
      answers: { market: 'b2b', team_size: 0, ghost: 'boo', lead_quality: 'high' } as never,
    });
    expect(state.answers).toEqual({ market: 'b2b', team_size: 0, lead_quality: 'high' });
    expect(Object.fromEntries(Object.entries(state.errors).map(([id, issues]) => [id, issues.map((i) => i.code)]))).toEqual({
      team_size: ['answer_out_of_range'],
      ghost: ['unknown_question'],
      lead_quality: ['answer_wrong_type'],
    });
  });

  it('keeps no errors for questions its answers hide', () => {
    const state = startSession(questionnaire, { answers: { market: 'b2c', lead_quality: 9 } });
    expect(state.answers.lead_quality).toBe(9);
    expect(state.errors).toEqual({});
  });

  it('ignores answers that are not an object', () => {
    expect(startSession(questionnaire, { answers: null as never }).answers).toEqual({});
  });
});
