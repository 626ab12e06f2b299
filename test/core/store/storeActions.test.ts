import { describe, expect, it } from 'vitest';
import { createAssessmentStore, type SessionAction, type SessionState } from '../../../src/core';
import { answer, deepFreeze, runOn, startSession, storeQuestionnaire, viewOf } from './storeQuestionnaire';

const questionnaire = storeQuestionnaire();
const run = runOn(questionnaire);
const codes = (state: SessionState) =>
  Object.fromEntries(Object.entries(state.errors).map(([id, issues]) => [id, issues.map((issue) => [issue.code, issue.path])]));
const where = (state: SessionState) => [state.status, state.currentSectionId];

describe('createAssessmentStore: next', () => {
  it('stays on the step with a required issue at the answer path when a required question is unanswered', () => {
    const state = run(startSession(questionnaire), { type: 'next' });
    expect(where(state)).toEqual(['in_progress', 'company']);
    expect(codes(state)).toEqual({ market: [['required', 'answers.market']] });
  });

  it('moves on once the required question is answered, clearing its error', () => {
    const blocked = run(startSession(questionnaire), { type: 'next' });
    const answered = run(blocked, answer('market', 'b2b'));
    expect(answered.errors).toEqual({});
    const moved = run(answered, { type: 'next' });
    expect(where(moved)).toEqual(['in_progress', 'b2b']);
    expect(moved.visited).toEqual(['company', 'b2b']);
  });

  it('is blocked by an invalid optional answer', () => {
    const state = run(startSession(questionnaire), answer('market', 'b2c'), answer('team_size', 501), { type: 'next' });
    expect(where(state)).toEqual(['in_progress', 'company']);
    expect(codes(state)).toEqual({ team_size: [['answer_out_of_range', 'answers.team_size']] });
  });

  it('skips a section whose questions are all hidden', () => {
    const state = run(startSession(questionnaire), answer('market', 'b2c'), { type: 'next' });
    expect(where(state)).toEqual(['in_progress', 'contact']);
    expect(state.visited).toEqual(['company', 'contact']);
  });

  it('goes from the last section to review', () => {
    const state = run(startSession(questionnaire), answer('market', 'b2c'), { type: 'next' }, { type: 'next' });
    expect(where(state)).toEqual(['review', null]);
  });

  it('does nothing on review', () => {
    const review = run(startSession(questionnaire), answer('market', 'b2c'), { type: 'next' }, { type: 'next' });
    expect(run(review, { type: 'next' })).toBe(review);
  });
});

describe('createAssessmentStore: answer', () => {
  it('stores the answer, and clears it on undefined', () => {
    const answered = run(startSession(questionnaire), answer('market', 'b2b'));
    expect(answered.answers).toEqual({ market: 'b2b' });
    expect(run(answered, answer('market', undefined)).answers).toEqual({});
  });

  it.each([
    ['a number above its max', 'team_size', 501, [['answer_out_of_range', 'answers.team_size']]],
    ['a fraction for a whole number', 'team_size', 2.5, [['not_an_integer', 'answers.team_size']]],
    ['text for a number', 'team_size', '12', [['answer_wrong_type', 'answers.team_size']]],
    ['an unknown option', 'market', 'b2g', [['unknown_option', 'answers.market']]],
    ['too many options', 'platforms', ['linkedin', 'x', 'tiktok'], [['too_many_options', 'answers.platforms']]],
    ['an unknown option in a list', 'platforms', ['linkedin', 'mastodon'], [['unknown_option', 'answers.platforms[1]']]],
    ['a malformed email', 'email', 'nobody', [['invalid_email', 'answers.email']]],
  ])('keeps %s with its coded field error', (_name, questionId, value, expected) => {
    // `platforms` is only visible to B2B sellers: make it visible so its error is kept.
    const state = run(startSession(questionnaire), answer('market', 'b2b'), answer(questionId, value));
    expect(state.answers[questionId]).toEqual(value);
    expect(codes(state)[questionId]).toEqual(expected);
  });

  it('clears a field error once the answer is fixed', () => {
    const wrong = run(startSession(questionnaire), answer('team_size', 0));
    expect(codes(wrong)).toEqual({ team_size: [['answer_out_of_range', 'answers.team_size']] });
    expect(run(wrong, answer('team_size', 3)).errors).toEqual({});
  });

  it('reports a value no question can take without storing it', () => {
    const before = run(startSession(questionnaire), answer('team_size', 4));
    for (const value of [null, true, { n: 4 }, Number.NaN, [1, 2]]) {
      const state = run(before, answer('team_size', value));
      expect(state.answers).toEqual(before.answers);
      expect(codes(state)).toEqual({ team_size: [['answer_wrong_type', 'answers.team_size']] });
    }
  });

  it('treats a blank answer as not answered, with no field error', () => {
    const state = run(startSession(questionnaire), answer('email', ''), answer('platforms', []));
    expect(state.answers).toEqual({ email: '', platforms: [] });
    expect(state.errors).toEqual({});
    expect(viewOf(state).progress.answered).toBe(0);
  });

  it('reports an unknown question under its id and changes nothing else', () => {
    const before = run(startSession(questionnaire), answer('market', 'b2b'));
    const state = run(before, answer('ghost', 'boo'));
    expect(codes(state)).toEqual({ ghost: [['unknown_question', 'answers.ghost']] });
    expect(state.answers).toBe(before.answers);
    expect(where(state)).toEqual(where(before));
    expect(state.visited).toBe(before.visited);
  });

  it('accepts an updater function, given the previous answer', () => {
    const toggle = (id: string) => (previous: unknown) => {
      const list = Array.isArray(previous) ? (previous as string[]) : [];
      return list.includes(id) ? list.filter((item) => item !== id) : [...list, id];
    };
    const state = run(
      startSession(questionnaire),
      answer('market', 'b2b'),
      answer('platforms', toggle('linkedin')),
      answer('platforms', toggle('x')),
      answer('platforms', toggle('linkedin')),
    );
    expect(state.answers.platforms).toEqual(['x']);
  });

  it('keeps an answer to a question that gets hidden, and counts it again once it is shown', () => {
    const b2b = run(startSession(questionnaire), answer('market', 'b2b'), answer('lead_quality', 4));
    const b2c = run(b2b, answer('market', 'b2c'));
    expect(b2c.answers.lead_quality).toBe(4);
    expect(viewOf(b2c).progress).toMatchObject({ answered: 1, total: 4 });
    const back = run(b2c, answer('market', 'both'));
    expect(viewOf(back).progress).toMatchObject({ answered: 2, total: 6 });
  });

  it('drops the field errors of questions it hides', () => {
    const state = run(startSession(questionnaire), answer('market', 'b2b'), answer('lead_quality', 9));
    expect(Object.keys(state.errors)).toEqual(['lead_quality']);
    expect(run(state, answer('market', 'b2c')).errors).toEqual({});
  });

  it('moves off the current section when an answer hides all of it', () => {
    const onB2b = run(startSession(questionnaire), answer('market', 'b2b'), { type: 'next' });
    expect(onB2b.currentSectionId).toBe('b2b');
    const state = run(onB2b, answer('market', 'b2c'));
    expect(where(state)).toEqual(['in_progress', 'contact']);
    expect(viewOf(state).currentStep).toMatchObject({ kind: 'section', sectionId: 'contact' });
  });

  it('stores a copy of a list, so changing the caller’s array later changes nothing', () => {
    const chosen = ['linkedin'];
    const state = run(startSession(questionnaire), answer('market', 'b2b'), answer('platforms', chosen));
    chosen.push('x');
    expect(state.answers.platforms).toEqual(['linkedin']);
  });
});

describe('createAssessmentStore: back and goTo', () => {
  const atContact = run(startSession(questionnaire), answer('market', 'b2c'), { type: 'next' });

  it('does nothing going back from the first step', () => {
    const state = startSession(questionnaire);
    expect(run(state, { type: 'back' })).toBe(state);
  });

  it('goes back to the previous step without validating, skipping hidden sections', () => {
    const invalid = run(atContact, answer('monthly_leads', -5));
    const state = run(invalid, { type: 'back' });
    expect(where(state)).toEqual(['in_progress', 'company']);
    expect(codes(state)).toEqual({ monthly_leads: [['answer_out_of_range', 'answers.monthly_leads']] });
  });

  it('goes back from review to the last section', () => {
    const review = run(atContact, { type: 'next' });
    expect(where(run(review, { type: 'back' }))).toEqual(['in_progress', 'contact']);
  });

  it('always goes back with goTo', () => {
    const state = run(atContact, answer('monthly_leads', -5), { type: 'goTo', sectionId: 'company' });
    expect(where(state)).toEqual(['in_progress', 'company']);
  });

  it('goes forward to a visited step even when the current step is invalid', () => {
    const state = run(atContact, { type: 'goTo', sectionId: 'company' }, answer('market', undefined), {
      type: 'goTo',
      sectionId: 'contact',
    });
    expect(where(state)).toEqual(['in_progress', 'contact']);
  });

  it('goes forward to an unvisited step when every step on the way validates', () => {
    const state = run(startSession(questionnaire), answer('market', 'b2c'), { type: 'goTo', step: 'review' });
    expect(where(state)).toEqual(['review', null]);
    // Jumping over a step validates it but does not count as seeing it.
    expect(state.visited).toEqual(['company']);
  });

  it('stops on the first step on the way that fails, with its errors', () => {
    const state = run(startSession(questionnaire), answer('market', 'b2b'), { type: 'goTo', sectionId: 'contact' });
    expect(where(state)).toEqual(['in_progress', 'b2b']);
    expect(codes(state)).toEqual({ lead_quality: [['required', 'answers.lead_quality']] });
  });

  it('stays on the current step, with its errors, when it fails', () => {
    const state = run(startSession(questionnaire), { type: 'goTo', sectionId: 'contact' });
    expect(where(state)).toEqual(['in_progress', 'company']);
    expect(codes(state)).toEqual({ market: [['required', 'answers.market']] });
  });

  it('ignores a hidden or unknown section', () => {
    const state = startSession(questionnaire);
    expect(run(state, { type: 'goTo', sectionId: 'b2b' })).toBe(state);
    expect(run(state, { type: 'goTo', sectionId: 'nowhere' })).toBe(state);
  });
});

describe('createAssessmentStore: complete', () => {
  it('goes to the first step with errors, and sets every error', () => {
    const review = startSession(questionnaire, { answers: { market: 'b2b', monthly_leads: -1 }, stepIndex: 3 });
    expect(review.status).toBe('review');
    const state = run(review, { type: 'complete' });
    expect(where(state)).toEqual(['in_progress', 'b2b']);
    expect(codes(state)).toEqual({
      lead_quality: [['required', 'answers.lead_quality']],
      monthly_leads: [['answer_out_of_range', 'answers.monthly_leads']],
    });
  });

  it('completes when every visible question passes, clearing errors', () => {
    const state = run(
      startSession(questionnaire, { answers: { market: 'b2b' }, stepIndex: 3 }),
      { type: 'complete' },
      answer('lead_quality', 5),
      { type: 'complete' },
    );
    expect(where(state)).toEqual(['complete', null]);
    expect(state.errors).toEqual({});
  });

  it('does not hold a hidden question’s invalid answer against completion', () => {
    const state = run(
      startSession(questionnaire),
      answer('market', 'b2b'),
      answer('lead_quality', 9),
      answer('market', 'b2c'),
      { type: 'complete' },
    );
    expect(state.status).toBe('complete');
    expect(state.answers.lead_quality).toBe(9);
  });

  it('ignores everything but start and reset once complete', () => {
    const done = run(startSession(questionnaire), answer('market', 'b2c'), { type: 'complete' });
    expect(done.status).toBe('complete');
    for (const action of [answer('market', 'b2b'), { type: 'next' }, { type: 'back' }, { type: 'goTo', sectionId: 'company' }, { type: 'complete' }] as SessionAction[])
      expect(run(done, action)).toBe(done);
    const reopened = run(done, { type: 'start' });
    expect(where(reopened)).toEqual(['in_progress', 'company']);
    expect(reopened.answers).toBe(done.answers);
  });
});

describe('createAssessmentStore: reset', () => {
  it('starts over with no answers, or with the answers given', () => {
    const used = run(startSession(questionnaire), answer('market', 'b2c'), { type: 'next' }, answer('monthly_leads', -1));
    expect(run(used, { type: 'reset' })).toEqual(startSession(questionnaire));
    const seeded = run(used, { type: 'reset', answers: { market: 'b2b' } });
    expect(seeded).toEqual(startSession(questionnaire, { answers: { market: 'b2b' } }));
    expect(where(seeded)).toEqual(['in_progress', 'company']);
  });
});

// That an action which changes nothing notifies no one and keeps the state: createAssessmentStore.test.ts.
describe('createAssessmentStore: identity and purity', () => {
  it('shares unchanged parts with the previous state', () => {
    const before = run(startSession(questionnaire), answer('market', 'b2b'));
    const after = run(before, { type: 'next' });
    expect(after).not.toBe(before);
    expect(after.answers).toBe(before.answers);
    expect(after.errors).toBe(before.errors);
  });

  it('never changes a state it has handed out', () => {
    const actions: SessionAction[] = [
      answer('market', 'b2b'),
      answer('team_size', 900),
      { type: 'next' },
      answer('team_size', 9),
      { type: 'next' },
      answer('platforms', ['linkedin']),
      { type: 'goTo', step: 'review' },
      answer('lead_quality', 3),
      { type: 'next' },
      { type: 'back' },
      { type: 'goTo', sectionId: 'company' },
      answer('market', 'b2c'),
      { type: 'complete' },
      { type: 'start' },
      { type: 'reset', answers: { market: 'both' } },
    ];
    const store = createAssessmentStore(questionnaire);
    // Frozen, so any write to a handed-out state throws.
    let state = deepFreeze(store.getState().session);
    for (const action of actions) {
      const copy = structuredClone(state);
      store.dispatch(action);
      expect(state).toEqual(copy);
      state = deepFreeze(store.getState().session);
    }
    expect(state.answers).toEqual({ market: 'both' });
  });

  it('stores plain JSON: a session survives a round trip through JSON unchanged', () => {
    const state = run(startSession(questionnaire), answer('market', 'b2b'), { type: 'next' }, answer('lead_quality', 7));
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });
});
