import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createAssessmentStore,
  createMemoryStorage,
  declinedKey,
  restoreSnapshot,
  saveSnapshot,
  setAsideKey,
  type Answers,
  type AssessmentStoreListener,
  type Issue,
  type StorageAdapter,
} from '../../../src/core';
import { storeQuestionnaire } from './storeQuestionnaire';

const questionnaire = storeQuestionnaire();
const key = questionnaire.id;

/** The answers saved under `at`, read back as the next visit would; `null` when nothing is there. */
const saved = (storage: StorageAdapter, at = key) => (storage.load(at) === null ? null : restoreSnapshot(storage, at, questionnaire).answers);

/** A storage that refuses everything, as a sandboxed frame's does, counting what it was asked. */
function refusingStorage(): StorageAdapter & { calls: number } {
  const refuse = (): never => {
    adapter.calls += 1;
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  const adapter = { calls: 0, load: refuse, save: refuse, clear: refuse };
  return adapter;
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createAssessmentStore: saving', () => {
  it('writes once, saveDelay after the last of a burst of answers', () => {
    const storage = createMemoryStorage();
    const save = vi.spyOn(storage, 'save');
    const store = createAssessmentStore(questionnaire, { storage, saveDelay: 250 });
    for (const [questionId, value] of [
      ['market', 'b2b'],
      ['team_size', 1],
      ['team_size', 12],
      ['team_size', 120],
      ['email', 'a@b.co'],
    ] as const) {
      store.answer(questionId, value);
      vi.advanceTimersByTime(100);
    }
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(149);
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(saved(storage)).toEqual({ market: 'b2b', team_size: 120, email: 'a@b.co' });
  });

  it('waits 400 ms by default', () => {
    const storage = createMemoryStorage();
    const store = createAssessmentStore(questionnaire, { storage });
    store.answer('market', 'b2b');
    vi.advanceTimersByTime(399);
    expect(saved(storage)).toBeNull();
    vi.advanceTimersByTime(1);
    expect(saved(storage)).toEqual({ market: 'b2b' });
  });

  it('writes at once when the step changes', () => {
    const storage = createMemoryStorage();
    const store = createAssessmentStore(questionnaire, { storage });
    store.answer('market', 'b2c');
    store.next();
    expect(saved(storage)).toEqual({ market: 'b2c' });
  });

  it('writes at once on completion', () => {
    const storage = createMemoryStorage();
    const store = createAssessmentStore(questionnaire, { storage, answers: { market: 'b2c' }, stepIndex: 2 });
    store.answer('email', 'a@b.co');
    store.complete();
    expect(store.getState().session.status).toBe('complete');
    expect(saved(storage)).toEqual({ market: 'b2c', email: 'a@b.co' });
  });

  it('writes a pending save on flush, once, and nothing when nothing is pending', () => {
    const storage = createMemoryStorage();
    saveSnapshot(storage, key, questionnaire, { market: 'both' });
    const save = vi.spyOn(storage, 'save');
    const store = createAssessmentStore(questionnaire, { storage });
    store.flush(); // e.g. the page hidden before restore: the earlier visit's answers stay
    expect(save).not.toHaveBeenCalled();
    store.answer('market', 'b2b');
    store.flush();
    expect(saved(storage)).toEqual({ market: 'b2b' });
    vi.advanceTimersByTime(1000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('writes what is pending on destroy, then calls no listener and leaves no timer', () => {
    const storage = createMemoryStorage();
    const store = createAssessmentStore(questionnaire, { storage });
    const listener = vi.fn<AssessmentStoreListener>();
    store.subscribe(listener);
    store.answer('market', 'b2b');
    store.destroy();
    expect(saved(storage)).toEqual({ market: 'b2b' });
    expect(vi.getTimerCount()).toBe(0);
    store.answer('market', 'b2c');
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('saves under storageKey when given', () => {
    const storage = createMemoryStorage();
    const store = createAssessmentStore(questionnaire, { storage, storageKey: 'acme' });
    store.answer('market', 'b2b');
    store.flush();
    expect(saved(storage, 'acme')).toEqual({ market: 'b2b' });
    expect(storage.load(key)).toBeNull();
  });

  it('reports a storage that throws once, and carries on in memory', () => {
    const onStorageIssues = vi.fn<(issues: readonly Issue[]) => void>();
    const storage = refusingStorage();
    const store = createAssessmentStore(questionnaire, { storage, onStorageIssues });
    store.restore();
    store.answer('market', 'b2b');
    store.flush();
    store.answer('market', 'b2c');
    store.next();
    expect(onStorageIssues).toHaveBeenCalledTimes(1);
    expect(onStorageIssues.mock.calls[0]?.[0]).toMatchObject([{ code: 'storage_unavailable', path: `storage.${key}` }]);
    expect(storage.calls).toBe(1);
    expect(store.getState().session).toMatchObject({ answers: { market: 'b2c' }, currentSectionId: 'contact' });
  });
});

describe('createAssessmentStore: resuming', () => {
  const savedAt = new Date('2026-03-01T10:00:00.000Z');
  const withSaved = (answers: Answers = { market: 'b2c' }) => {
    vi.setSystemTime(savedAt);
    const storage = createMemoryStorage();
    saveSnapshot(storage, key, questionnaire, answers);
    return storage;
  };

  it('offers the answers saved on an earlier visit after restore, with when they were saved, answering none of them', () => {
    const storage = withSaved();
    const store = createAssessmentStore(questionnaire, { storage });
    expect(store.getState().resumable).toBeNull(); // nothing read until restore: a server render never touches storage
    const listener = vi.fn<AssessmentStoreListener>();
    store.subscribe(listener);
    store.restore();
    expect(store.getState().resumable).toEqual({ answers: { market: 'b2c' }, savedAt: savedAt.toISOString() });
    expect(store.getState().session.answers).toEqual({});
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('offers nothing, and tells no one, when nothing is saved', () => {
    const store = createAssessmentStore(questionnaire, { storage: createMemoryStorage() });
    const listener = vi.fn<AssessmentStoreListener>();
    store.subscribe(listener);
    store.restore();
    expect(store.getState().resumable).toBeNull();
    expect(listener).not.toHaveBeenCalled();
  });

  it('keeps a corrupt snapshot aside, reports it, and offers nothing', () => {
    const storage = createMemoryStorage({ [key]: '{"format": "readiness-kit/snap' });
    const onStorageIssues = vi.fn<(issues: readonly Issue[]) => void>();
    const store = createAssessmentStore(questionnaire, { storage, onStorageIssues });
    store.restore();
    expect(onStorageIssues).toHaveBeenCalledWith([expect.objectContaining({ code: 'invalid_json' })]);
    expect(store.getState().resumable).toBeNull();
    expect(storage.load(setAsideKey(key))).toBe('{"format": "readiness-kit/snap');
  });

  it('offers the answers of another version that still validate, reporting those it drops', () => {
    const storage = createMemoryStorage();
    const snapshot = { format: 'readiness-kit/snapshot', v: 1, questionnaire: { id: key, version: '0.9' }, answers: { market: 'b2b', retired: 3 } };
    storage.save(key, JSON.stringify(snapshot));
    const onStorageIssues = vi.fn<(issues: readonly Issue[]) => void>();
    const store = createAssessmentStore(questionnaire, { storage, onStorageIssues });
    store.restore();
    expect(store.getState().resumable?.answers).toEqual({ market: 'b2b' });
    expect(onStorageIssues).toHaveBeenCalledWith([expect.objectContaining({ path: 'answers.retired' })]);
  });

  it('resumes the offered answers in one change, and tells the host of them', () => {
    const storage = withSaved({ market: 'b2b', lead_quality: 4 });
    const onAnswersChange = vi.fn();
    const store = createAssessmentStore(questionnaire, { storage, onAnswersChange });
    store.restore();
    const listener = vi.fn<AssessmentStoreListener>();
    store.subscribe(listener);
    store.resume();
    expect(listener).toHaveBeenCalledTimes(1);
    const [state] = listener.mock.calls[0]!;
    expect(state.resumable).toBeNull();
    expect(state.session.answers).toEqual({ market: 'b2b', lead_quality: 4 });
    expect(state.view.progress).toMatchObject({ answered: 2, stepCount: 3 });
    expect(onAnswersChange).toHaveBeenCalledWith({ market: 'b2b', lead_quality: 4 });
    expect(storage.load(declinedKey(key))).toBeNull();
  });

  it('keeps declined answers under <key>:declined, never deleting them, and leaves the session as it was', () => {
    const storage = withSaved();
    const store = createAssessmentStore(questionnaire, { storage });
    store.restore();
    const listener = vi.fn<AssessmentStoreListener>();
    store.subscribe(listener);
    store.declineResume();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.getState().resumable).toBeNull();
    expect(store.getState().session.answers).toEqual({});
    expect(saved(storage, declinedKey(key))).toEqual({ market: 'b2c' });
    expect(saved(storage)).toEqual({ market: 'b2c' });
  });

  it('keeps the offer aside before an answer over it is saved, so nothing is lost', () => {
    const storage = withSaved();
    const store = createAssessmentStore(questionnaire, { storage });
    store.restore();
    const listener = vi.fn<AssessmentStoreListener>();
    store.subscribe(listener);
    store.answer('market', 'both');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]?.[0]).toMatchObject({ resumable: null, session: { answers: { market: 'both' } } });
    expect(saved(storage, declinedKey(key))).toEqual({ market: 'b2c' });
    vi.advanceTimersByTime(400);
    expect(saved(storage)).toEqual({ market: 'both' });
  });

  it("keeps the offer aside before a controlled host's answers are saved over it", () => {
    const storage = withSaved();
    const store = createAssessmentStore(questionnaire, { storage });
    store.restore();
    store.replaceAnswers({ market: 'b2b' });
    store.flush();
    expect(saved(storage)).toEqual({ market: 'b2b' });
    expect(saved(storage, declinedKey(key))).toEqual({ market: 'b2c' });
  });
});
