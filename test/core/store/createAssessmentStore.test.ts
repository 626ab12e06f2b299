import { describe, expect, it, vi } from 'vitest';
import {
  createAssessmentStore,
  ReadinessError,
  scoreAnswers,
  type AnswerValue,
  type AssessmentStore,
  type AssessmentStoreListener,
  type Answers,
  type Profile,
  type SessionAction,
  type SessionProgress,
  type SessionStep,
} from '../../../src/core';
import { storeQuestionnaire } from './storeQuestionnaire';

const questionnaire = storeQuestionnaire();
const where = (store: AssessmentStore) => [store.getState().session.status, store.getState().session.currentSectionId];
const codes = (store: AssessmentStore) =>
  Object.fromEntries(Object.entries(store.getState().session.errors).map(([id, issues]) => [id, issues.map((issue) => issue.code)]));

/** What `run` threw, or `undefined`. */
function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('createAssessmentStore: listeners', () => {
  it('calls each listener once per change with the new state and the one before', () => {
    const store = createAssessmentStore(questionnaire);
    const first = vi.fn<AssessmentStoreListener>();
    const second = vi.fn<AssessmentStoreListener>();
    store.subscribe(first);
    store.subscribe(second);
    const initial = store.getState();
    store.answer('market', 'b2b');
    const answered = store.getState();
    store.next();
    expect(answered).not.toBe(initial);
    expect(first.mock.calls).toEqual([
      [answered, initial],
      [store.getState(), answered],
    ]);
    expect(second.mock.calls).toEqual(first.mock.calls);
    expect(store.getState().session.currentSectionId).toBe('b2b');
  });

  // Each case: what leads up to it, then the action that must change nothing.
  const noChange: [string, (store: AssessmentStore) => void, (store: AssessmentStore) => void][] = [
    ['the same answer again', (store) => store.answer('market', 'b2b'), (store) => store.answer('market', 'b2b')],
    [
      'the same list again, in a new array',
      (store) => {
        store.answer('market', 'b2b');
        store.answer('platforms', ['linkedin']);
      },
      (store) => store.answer('platforms', ['linkedin']),
    ],
    ['an updater that returns the answer it was given', (store) => store.answer('market', 'b2b'), (store) => store.answer('market', (value) => value)],
    ['clearing an unanswered question', () => undefined, (store) => store.answer('email', undefined)],
    ['back on the first step', () => undefined, (store) => store.back()],
    ['start on the first step', () => undefined, (store) => store.dispatch({ type: 'start' })],
    ['goTo the current step', () => undefined, (store) => store.goTo({ sectionId: 'company' })],
    ['goTo a hidden section', () => undefined, (store) => store.goTo({ sectionId: 'b2b' })],
    ['goTo an unknown section', () => undefined, (store) => store.goTo({ sectionId: 'nowhere' })],
    [
      'next on review',
      (store) => {
        store.answer('market', 'b2c');
        store.goTo({ step: 'review' });
      },
      (store) => store.next(),
    ],
    ['next again on a step that stays blocked', (store) => store.next(), (store) => store.next()],
    [
      'anything but start and reset once complete',
      (store) => {
        store.answer('market', 'b2c');
        store.complete();
      },
      (store) => {
        store.answer('market', 'b2b');
        store.next();
        store.back();
        store.goTo({ sectionId: 'company' });
        store.complete();
      },
    ],
    [
      'an unknown or malformed action',
      () => undefined,
      (store) => {
        for (const action of [{ type: 'jump' }, { type: 42 }, {}, null, undefined, 'next', { type: 'answer', questionId: 7, value: 'b2b' }, { type: 'goTo' }])
          store.dispatch(action as unknown as SessionAction);
      },
    ],
    ['reset on a fresh store', () => undefined, (store) => store.reset()],
    ['reset to the answers it was just reset to', (store) => store.reset({ market: 'b2b' }), (store) => store.reset({ market: 'b2b' })],
    ["the host's unchanged answers, in a new object", (store) => store.answer('market', 'b2b'), (store) => store.replaceAnswers({ market: 'b2b' })],
    [
      'restore, resume, decline and flush without storage or an offer',
      () => undefined,
      (store) => {
        store.restore();
        store.resume();
        store.declineResume();
        store.flush();
      },
    ],
  ];

  it.each(noChange)('calls no listener and keeps the same state for %s', (_name, setup, act) => {
    const store = createAssessmentStore(questionnaire);
    setup(store);
    const before = store.getState();
    const listener = vi.fn<AssessmentStoreListener>();
    store.subscribe(listener);
    act(store);
    expect(listener).not.toHaveBeenCalled();
    expect(store.getState()).toBe(before);
  });

  it('stops calling a listener once it unsubscribes, and a second unsubscribe is harmless', () => {
    const store = createAssessmentStore(questionnaire);
    const listener = vi.fn<AssessmentStoreListener>();
    const unsubscribe = store.subscribe(listener);
    store.answer('market', 'b2b');
    unsubscribe();
    unsubscribe();
    store.answer('market', 'b2c');
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('goes on calling the other listeners when one unsubscribes while being called', () => {
    const store = createAssessmentStore(questionnaire);
    const once = vi.fn<AssessmentStoreListener>(() => unsubscribe());
    const unsubscribe = store.subscribe(once);
    const other = vi.fn<AssessmentStoreListener>();
    store.subscribe(other);
    store.answer('market', 'b2b');
    store.answer('market', 'b2c');
    expect(once).toHaveBeenCalledTimes(1);
    expect(other).toHaveBeenCalledTimes(2);
    expect(other).toHaveBeenLastCalledWith(store.getState(), expect.anything());
  });
});

describe('createAssessmentStore: callbacks', () => {
  it('tells onAnswer and onAnswersChange of each answer the respondent gives or clears, with all the answers', () => {
    const onAnswer = vi.fn<(questionId: string, value: AnswerValue | undefined, answers: Answers) => void>();
    const onAnswersChange = vi.fn<(answers: Answers) => void>();
    const store = createAssessmentStore(questionnaire, { onAnswer, onAnswersChange });
    store.answer('market', 'b2b');
    store.answer('team_size', 0); // invalid, but stored: the field shows it beside its error
    store.answer('market', undefined);
    expect(onAnswer.mock.calls).toEqual([
      ['market', 'b2b', { market: 'b2b' }],
      ['team_size', 0, { market: 'b2b', team_size: 0 }],
      ['market', undefined, { team_size: 0 }],
    ]);
    expect(onAnswersChange.mock.calls).toEqual([[{ market: 'b2b' }], [{ market: 'b2b', team_size: 0 }], [{ team_size: 0 }]]);
    expect(onAnswersChange.mock.lastCall?.[0]).toBe(store.getState().session.answers);
  });

  it('does not call onAnswer for an answer that stores nothing new', () => {
    const onAnswer = vi.fn();
    const onAnswersChange = vi.fn();
    const store = createAssessmentStore(questionnaire, { answers: { market: 'b2b' }, onAnswer, onAnswersChange });
    store.answer('market', 'b2b');
    store.answer('ghost', 'boo');
    store.answer('team_size', null as never);
    store.next();
    expect(onAnswer).not.toHaveBeenCalled();
    expect(onAnswersChange).not.toHaveBeenCalled();
  });

  it('calls onStepChange with the step and progress on every move, and only on moves', () => {
    const onStepChange = vi.fn<(step: SessionStep | null, progress: SessionProgress) => void>();
    const store = createAssessmentStore(questionnaire, { onStepChange });
    const sections = () => onStepChange.mock.calls.map(([step]) => (step === null ? null : step.kind === 'section' ? step.sectionId : step.kind));
    store.next(); // blocked: errors change, the step does not
    store.answer('market', 'b2b');
    expect(onStepChange).not.toHaveBeenCalled();
    store.next();
    expect(onStepChange).toHaveBeenLastCalledWith(store.getState().view.currentStep, store.getState().view.progress);
    expect(onStepChange.mock.lastCall?.[1]).toMatchObject({ stepNumber: 2, stepCount: 3 });
    store.next(); // blocked by the required lead_quality
    store.back();
    store.goTo({ sectionId: 'b2b' });
    store.answer('market', 'b2c'); // hides the section being answered
    store.goTo({ step: 'review' });
    store.complete();
    expect(sections()).toEqual(['b2b', 'company', 'b2b', 'contact', 'review', null]);
    expect(onStepChange).toHaveBeenLastCalledWith(null, expect.objectContaining({ stepNumber: 3, stepCount: 2 }));
  });

  it('calls onComplete once, with the profile scoreAnswers gives for the answers', () => {
    const onComplete = vi.fn<(profile: Profile, answers: Answers) => void>();
    const answers = { market: 'b2b', platforms: ['linkedin', 'x'], lead_quality: 4, monthly_leads: 12 };
    const store = createAssessmentStore(questionnaire, { answers: { market: 'b2b', platforms: ['linkedin', 'x'] }, stepIndex: 3, onComplete });
    store.complete(); // lead_quality is required: no completion
    expect(onComplete).not.toHaveBeenCalled();
    store.answer('lead_quality', 4);
    store.answer('monthly_leads', 12);
    store.complete();
    store.complete();
    store.back();
    expect(onComplete).toHaveBeenCalledTimes(1);
    const [profile, given] = onComplete.mock.calls[0]!;
    expect(given).toEqual(answers);
    expect(profile).toEqual(scoreAnswers(questionnaire, answers));
    expect(profile).toBe(store.getState().profile);
  });
});

describe('createAssessmentStore: what it shares between states', () => {
  it('keeps the steps array when an answer shows or hides nothing, and unchanged steps when one does', () => {
    const store = createAssessmentStore(questionnaire);
    store.answer('market', 'b2c');
    const steps = store.getState().view.steps;
    store.answer('team_size', 12);
    expect(store.getState().view.steps).toBe(steps);
    store.answer('market', 'b2b');
    const shown = store.getState().view.steps;
    expect(shown.map((step) => (step.kind === 'section' ? step.sectionId : 'review'))).toEqual(['company', 'b2b', 'contact', 'review']);
    expect(shown[0]).toBe(steps[0]);
    store.answer('market', 'both'); // b2b stays shown
    expect(store.getState().view.steps).toBe(shown);
  });

  it('keeps the whole view when an answer changes neither the steps nor the counts', () => {
    const store = createAssessmentStore(questionnaire, { answers: { market: 'b2c', team_size: 12 } });
    const { view } = store.getState();
    store.answer('team_size', 13);
    expect(store.getState().view).toBe(view);
    expect(store.getState().session.answers.team_size).toBe(13);
  });

  it('scores the profile once per change, on first read, and keeps it', () => {
    const store = createAssessmentStore(questionnaire);
    store.answer('market', 'b2b');
    const state = store.getState();
    expect(state.profile).toBe(state.profile);
    store.answer('platforms', ['linkedin']);
    expect(store.getState().profile).not.toBe(state.profile);
    expect(store.getState().profile.dimensions[0]?.score).toBe(60); // linkedin's 3 of the 5 points two platforms can earn
  });

  it('rescores with new score options without touching the session', () => {
    const store = createAssessmentStore(questionnaire, { answers: { market: 'b2b', platforms: ['linkedin'] } });
    const session = store.getState().session;
    expect(store.getState().profile.strengths).toEqual([]);
    store.setScoreOptions({ strengthThreshold: 50 });
    expect(store.getState().session).toBe(session);
    expect(store.getState().profile.strengths).toEqual(['practice']);
  });
});

describe('createAssessmentStore: controlled answers, resets and hidden fields', () => {
  it('replaces every answer, keeping the step, with field errors for invalid ones, and echoes nothing', () => {
    const onAnswersChange = vi.fn();
    const listener = vi.fn<AssessmentStoreListener>();
    const store = createAssessmentStore(questionnaire, { onAnswersChange });
    store.answer('market', 'b2c');
    store.next();
    onAnswersChange.mockClear();
    store.subscribe(listener);
    store.replaceAnswers({ market: 'b2c', monthly_leads: -5, ghost: 1 } as Answers);
    expect(where(store)).toEqual(['in_progress', 'contact']);
    expect(store.getState().session.answers).toEqual({ market: 'b2c', monthly_leads: -5 });
    expect(codes(store)).toEqual({ monthly_leads: ['answer_out_of_range'], ghost: ['unknown_question'] });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(onAnswersChange).not.toHaveBeenCalled();
  });

  it("moves to the step in place of a section the host's answers hide", () => {
    const store = createAssessmentStore(questionnaire, { answers: { market: 'b2b' }, stepIndex: 1 });
    expect(where(store)).toEqual(['in_progress', 'b2b']);
    store.replaceAnswers({ market: 'b2c' });
    expect(where(store)).toEqual(['in_progress', 'contact']);
  });

  it('starts over on reset: first step, no errors, the answers given, and says it moved', () => {
    const onStepChange = vi.fn();
    const store = createAssessmentStore(questionnaire, { onStepChange });
    store.answer('market', 'b2c');
    store.next();
    store.answer('monthly_leads', -1);
    store.complete();
    expect(where(store)).toEqual(['in_progress', 'contact']);
    store.reset({ market: 'both' });
    expect(store.getState().session).toMatchObject({ status: 'in_progress', currentSectionId: 'company', answers: { market: 'both' }, errors: {}, visited: ['company'] });
    expect(onStepChange).toHaveBeenLastCalledWith(expect.objectContaining({ sectionId: 'company' }), expect.objectContaining({ stepNumber: 1 }));
    store.reset();
    expect(store.getState().session.answers).toEqual({});
  });

  it('never holds errors for a hidden field, however it was answered', () => {
    const store = createAssessmentStore(questionnaire, { answers: { market: 'b2c', lead_quality: 9 } });
    store.answer('lead_quality', 'high');
    store.answer('platforms', ['mastodon']);
    store.answer('platforms', null as never);
    expect(store.getState().session.errors).toEqual({});
    store.replaceAnswers({ market: 'b2c', lead_quality: 'high' } as Answers);
    expect(store.getState().session.errors).toEqual({});
    store.goTo({ step: 'review' });
    store.complete();
    expect(store.getState().session).toMatchObject({ status: 'complete', errors: {}, answers: { lead_quality: 'high' } });
  });

  it('moves to the step that takes the place of a section an answer hid, or to review after the last', () => {
    const store = createAssessmentStore(questionnaire);
    store.answer('market', 'b2b');
    store.next();
    expect(where(store)).toEqual(['in_progress', 'b2b']);
    store.answer('market', 'b2c');
    expect(where(store)).toEqual(['in_progress', 'contact']);
    expect(store.getState().view.currentStep).toMatchObject({ kind: 'section', sectionId: 'contact', isCurrent: true });

    const [company, b2b, contact] = questionnaire.sections;
    const b2bLast = createAssessmentStore(storeQuestionnaire({ sections: [company!, contact!, b2b!] }), { answers: { market: 'b2b' }, stepIndex: 2 });
    expect(where(b2bLast)).toEqual(['in_progress', 'b2b']);
    b2bLast.answer('market', 'b2c');
    expect(where(b2bLast)).toEqual(['review', null]);
  });
});

describe('createAssessmentStore: bad input', () => {
  it.each([
    ['no tiers', { ...questionnaire, tiers: [] }, [['too_small', 'tiers']]],
    ['not an object', null, [['invalid_type', '']]],
  ])('throws a ReadinessError invalid_questionnaire with the issues for a definition with %s', (_name, definition, expected) => {
    const error = thrown(() => createAssessmentStore(definition as never));
    expect(error).toBeInstanceOf(ReadinessError);
    expect((error as ReadinessError).code).toBe('invalid_questionnaire');
    expect((error as ReadinessError).issues.map((issue) => [issue.code, issue.path])).toEqual(expected);
  });

  it('throws for nothing after creation: actions, values and options a careless host might send', () => {
    const hostileOptions = { answers: { team_size: 10n, ghost: Symbol('x'), market: Object.create(null) }, stepIndex: 'two' };
    const store = createAssessmentStore(questionnaire, hostileOptions as never);
    const actions: unknown[] = [null, undefined, 42, 10n, 'next', [], {}, { type: 'answer' }, { type: 'goTo', sectionId: 7 }, { type: 'goTo', step: 'nope' }, { type: 'reset', answers: 'x' }];
    for (const action of actions) expect(() => store.dispatch(action as SessionAction)).not.toThrow();
    const values: unknown[] = [
      null,
      true,
      10n,
      Symbol('x'),
      Object.create(null),
      { toString: 1 },
      {
        valueOf: () => {
          throw new Error('valueOf');
        },
      },
      [['linkedin']],
      [Symbol('x')],
      Number.POSITIVE_INFINITY,
      () => undefined,
      () => ({ n: 1 }),
      () => Symbol('x'),
      () => () => 1,
    ];
    for (const value of values)
      for (const questionId of ['market', 'team_size', 'platforms', 'email', 'lead_quality'])
        expect(() => store.answer(questionId, value as never)).not.toThrow();
    for (const target of [null, undefined, 5, 'company', { sectionId: {} }]) expect(() => store.goTo(target as never)).not.toThrow();
    for (const answers of [null, 5, 'x', { team_size: 10n }]) {
      expect(() => store.replaceAnswers(answers as never)).not.toThrow();
      expect(() => store.reset(answers as never)).not.toThrow();
    }
    expect(() => store.getState().profile).not.toThrow();
    expect(store.getState().session.answers).toEqual({});
  });

  it('reports an answer to an unknown question under its id and never stores it', () => {
    const store = createAssessmentStore(questionnaire, { answers: JSON.parse('{"__proto__": "x", "market": "b2b"}') as Answers });
    store.answer('ghost', 'boo');
    store.answer('constructor', 'boo');
    expect(codes(store)).toEqual({ ['__proto__']: ['unknown_question'], ghost: ['unknown_question'], constructor: ['unknown_question'] });
    expect(store.getState().session.errors.ghost?.[0]?.path).toBe('answers.ghost');
    expect(store.getState().session.answers).toEqual({ market: 'b2b' });
  });
});
