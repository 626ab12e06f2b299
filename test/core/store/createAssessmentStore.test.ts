import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createAssessmentStore,
  createMemoryStorage,
  declinedKey,
  ReadinessError,
  saveSnapshot,
  scoreAnswers,
  type AssessmentStoreListener,
  type Issue,
  type SessionAction,
  type StorageAdapter,
} from '../../../src/core';
import { storeQuestionnaire } from './storeQuestionnaire';

const questionnaire = storeQuestionnaire();
const saved = (storage: StorageAdapter, key = questionnaire.id) => {
  const raw = storage.load(key);
  return raw === null ? null : (JSON.parse(raw) as { answers: unknown }).answers;
};

describe('createAssessmentStore: listeners and callbacks', () => {
  it('calls each listener once per change with the new state and the one before', () => {
    const store = createAssessmentStore(questionnaire);
    const listener = vi.fn<AssessmentStoreListener>();
    store.subscribe(listener);
    const first = store.getState();
    store.answer('market', 'b2b');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenLastCalledWith(store.getState(), first);
    expect(store.getState().session.answers).toEqual({ market: 'b2b' });
  });

  it('calls no listener when an action changes nothing', () => {
    const store = createAssessmentStore(questionnaire);
    store.answer('market', 'b2b');
    const listener = vi.fn<AssessmentStoreListener>();
    store.subscribe(listener);
    store.answer('market', 'b2b');
    store.back();
    store.goTo({ sectionId: 'nowhere' });
    store.dispatch({ type: 'jump' } as unknown as SessionAction);
    expect(listener).not.toHaveBeenCalled();
  });

  it('stops calling a listener once unsubscribed, even when it unsubscribes while being called', () => {
    const store = createAssessmentStore(questionnaire);
    const other = vi.fn();
    const unsubscribe = store.subscribe(() => unsubscribe());
    store.subscribe(other);
    store.answer('market', 'b2b');
    store.answer('market', 'b2c');
    expect(other).toHaveBeenCalledTimes(2);
  });

  it('tells the host of each answer, each move and the completion, with the profile scoreAnswers gives', () => {
    const onAnswer = vi.fn();
    const onAnswersChange = vi.fn();
    const onStepChange = vi.fn();
    const onComplete = vi.fn();
    const store = createAssessmentStore(questionnaire, { onAnswer, onAnswersChange, onStepChange, onComplete });
    store.answer('market', 'b2c');
    expect(onAnswer).toHaveBeenLastCalledWith('market', 'b2c', { market: 'b2c' });
    expect(onAnswersChange).toHaveBeenLastCalledWith({ market: 'b2c' });
    expect(onStepChange).not.toHaveBeenCalled();
    store.next();
    expect(onStepChange).toHaveBeenLastCalledWith(expect.objectContaining({ kind: 'section', sectionId: 'contact' }), expect.objectContaining({ stepNumber: 2, stepCount: 2 }));
    store.goTo({ step: 'review' });
    store.complete();
    store.complete();
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onComplete).toHaveBeenCalledWith(scoreAnswers(questionnaire, { market: 'b2c' }), { market: 'b2c' });
    expect(onStepChange).toHaveBeenLastCalledWith(null, expect.objectContaining({ stepNumber: 3 }));
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

describe('createAssessmentStore: controlled answers and resets', () => {
  it('replaces every answer, keeping the step, with field errors for invalid ones, and echoes nothing', () => {
    const onAnswersChange = vi.fn();
    const store = createAssessmentStore(questionnaire, { onAnswersChange });
    store.answer('market', 'b2c');
    store.next();
    store.replaceAnswers({ market: 'b2c', monthly_leads: -5 });
    const { session } = store.getState();
    expect(session.currentSectionId).toBe('contact');
    expect(session.errors.monthly_leads?.[0]?.code).toBe('answer_out_of_range');
    expect(onAnswersChange).toHaveBeenCalledTimes(1);
  });

  it('moves to the step that takes the place of a section an answer hid', () => {
    const store = createAssessmentStore(questionnaire);
    store.answer('market', 'b2b');
    store.next();
    expect(store.getState().session.currentSectionId).toBe('b2b');
    store.answer('market', 'b2c');
    expect(store.getState().session.currentSectionId).toBe('contact');
  });
});

describe('createAssessmentStore: bad input', () => {
  it('throws a ReadinessError with the issues for a definition that fails validation, and only then', () => {
    const broken = { ...questionnaire, tiers: [] };
    expect(() => createAssessmentStore(broken)).toThrow(ReadinessError);
    try {
      createAssessmentStore(broken);
    } catch (error) {
      expect((error as ReadinessError).code).toBe('invalid_questionnaire');
      expect((error as ReadinessError).issues[0]?.path).toBe('tiers');
    }
  });

  it('never throws on actions or values a careless host might send', () => {
    const store = createAssessmentStore(questionnaire);
    const hostile: unknown[] = [null, undefined, 42, 'next', {}, { type: 'answer' }, { type: 'goTo', sectionId: 7 }, { type: 'reset', answers: 'x' }];
    for (const action of hostile) expect(() => store.dispatch(action as SessionAction)).not.toThrow();
    for (const value of [null, Symbol('x'), () => undefined, () => ({ n: 1 }), { toString: 1 }, Number.POSITIVE_INFINITY])
      expect(() => store.answer('team_size', value as never)).not.toThrow();
    expect(() => store.answer(42 as unknown as string, 'b2b')).not.toThrow();
    expect(store.getState().session.answers).toEqual({});
  });

  it('reports an answer to an unknown question under its id and never stores it', () => {
    const store = createAssessmentStore(questionnaire);
    store.answer('ghost', 'boo');
    expect(store.getState().session.errors.ghost?.[0]?.code).toBe('unknown_question');
    expect(store.getState().session.answers).toEqual({});
  });
});

describe('createAssessmentStore: saving', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes once after a pause in answering, not on every answer', () => {
    const storage = createMemoryStorage();
    const save = vi.spyOn(storage, 'save');
    const store = createAssessmentStore(questionnaire, { storage, saveDelay: 400 });
    store.answer('market', 'b2b');
    store.answer('team_size', 1);
    store.answer('team_size', 12);
    store.answer('team_size', 120);
    store.answer('email', 'a@b.co');
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(399);
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(saved(storage)).toEqual({ market: 'b2b', team_size: 120, email: 'a@b.co' });
  });

  it('writes at once on a step change, on completion, on flush and on destroy', () => {
    const storage = createMemoryStorage();
    const store = createAssessmentStore(questionnaire, { storage });
    store.answer('market', 'b2c');
    store.next();
    expect(saved(storage)).toEqual({ market: 'b2c' });
    store.answer('monthly_leads', 3);
    store.flush();
    expect(saved(storage)).toEqual({ market: 'b2c', monthly_leads: 3 });
    store.answer('monthly_leads', 4);
    store.goTo({ step: 'review' });
    store.answer('email', 'a@b.co');
    store.complete();
    expect(saved(storage)).toEqual({ market: 'b2c', monthly_leads: 4, email: 'a@b.co' });
    store.reset();
    store.destroy();
    expect(saved(storage)).toEqual({});
  });

  it('reports a storage that throws once, and keeps the answers in memory', () => {
    const onStorageIssues = vi.fn<(issues: readonly Issue[]) => void>();
    const refusing: StorageAdapter = {
      load: () => null,
      save: () => {
        throw new Error('QuotaExceededError');
      },
      clear: () => undefined,
    };
    const store = createAssessmentStore(questionnaire, { storage: refusing, onStorageIssues });
    store.answer('market', 'b2b');
    store.flush();
    store.answer('market', 'b2c');
    store.flush();
    expect(onStorageIssues).toHaveBeenCalledTimes(1);
    expect(onStorageIssues.mock.calls[0]?.[0][0]?.path).toBe(`storage.${questionnaire.id}`);
    expect(store.getState().session.answers).toEqual({ market: 'b2c' });
  });

  it('offers saved answers after restore, resumes them, or keeps them aside when declined or answered over', () => {
    const storage = createMemoryStorage();
    saveSnapshot(storage, questionnaire.id, questionnaire, { market: 'b2c' });
    const resumed = createAssessmentStore(questionnaire, { storage });
    expect(resumed.getState().resumable).toBeNull();
    resumed.restore();
    expect(resumed.getState().resumable?.answers).toEqual({ market: 'b2c' });
    resumed.resume();
    expect(resumed.getState().resumable).toBeNull();
    expect(resumed.getState().session.answers).toEqual({ market: 'b2c' });

    const declined = createAssessmentStore(questionnaire, { storage });
    declined.restore();
    declined.declineResume();
    expect(declined.getState().resumable).toBeNull();
    expect(saved(storage, declinedKey(questionnaire.id))).toEqual({ market: 'b2c' });

    storage.clear(declinedKey(questionnaire.id));
    const answeredOver = createAssessmentStore(questionnaire, { storage });
    answeredOver.restore();
    answeredOver.answer('market', 'both');
    expect(answeredOver.getState().resumable).toBeNull();
    expect(saved(storage, declinedKey(questionnaire.id))).toEqual({ market: 'b2c' });
    answeredOver.flush();
    expect(saved(storage)).toEqual({ market: 'both' });
  });
});
