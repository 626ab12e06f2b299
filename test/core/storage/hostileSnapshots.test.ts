import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createAssessmentStore,
  LIMITS,
  restoreSnapshot,
  setAsideKey,
  type Issue,
  type Questionnaire,
} from '../../../src/core';
import { socialMediaAssessment } from '../../../src/content/social-media';
import { quotaStorage } from './quotaStorage';

const KEY = 'acme';
/** Chromium's localStorage quota, in characters of keys and values. */
const BROWSER_QUOTA = 5_242_880;

const snapshotText = (questionnaire: Questionnaire, answers: Record<string, unknown>) =>
  JSON.stringify({
    format: 'readiness-kit/snapshot',
    v: 1,
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    answers,
    savedAt: '2026-12-01T10:00:00.000Z',
  });

/** The held-out reproduction: a multi answer of 200,000 items, about 2.2 MB. */
const hugeSnapshot = snapshotText(socialMediaAssessment, { market: 'b2b', next_steps: Array<string>(200_000).fill('linkedin') });
/** A 1.1 MB one, under the snapshot limit: it parses, and only the oversized answer is dropped. */
const largeSnapshot = snapshotText(socialMediaAssessment, { market: 'b2b', next_steps: Array<string>(100_000).fill('linkedin') });
/** Corrupt, and too large to copy beside itself within a browser's quota. */
const corruptFiveMb = `{"v":1,"answers":{"market":"${'b'.repeat(5_000_000)}`;

const codes = (issues: readonly Issue[]) => issues.map((issue) => issue.code);

describe('restoreSnapshot: oversized and unreadable values never throw and are never lost', () => {
  it('sets a 2.2 MB snapshot aside before parsing it, as snapshot_too_large', () => {
    expect(hugeSnapshot.length).toBeGreaterThan(LIMITS.maxSnapshotLength);
    const storage = quotaStorage(BROWSER_QUOTA, { [KEY]: hugeSnapshot });
    const restored = restoreSnapshot(storage, KEY, socialMediaAssessment);
    expect(restored).toMatchObject({ status: 'set_aside', answers: {}, setAsideAs: setAsideKey(KEY) });
    expect(restored.issues).toMatchObject([{ code: 'snapshot_too_large', path: `storage.${KEY}`, params: { length: hugeSnapshot.length } }]);
    expect(storage.values.get(setAsideKey(KEY))).toBe(hugeSnapshot);
    expect(storage.values.has(KEY)).toBe(false);
  });

  it('restores what fits from a 1.1 MB snapshot, reporting the 100,000-item answer once and keeping the original aside', () => {
    const storage = quotaStorage(BROWSER_QUOTA, { [KEY]: largeSnapshot });
    const restored = restoreSnapshot(storage, KEY, socialMediaAssessment);
    expect(restored.answers).toEqual({ market: 'b2b' });
    expect(restored.issues).toMatchObject([{ code: 'too_many_options', path: 'answers.next_steps', params: { max: 8, count: 100_000 } }]);
    expect(storage.values.get(setAsideKey(KEY))).toBe(largeSnapshot);
  });

  it('leaves a 5 MB corrupt value untouched when the quota refuses its copy, and says so', () => {
    const storage = quotaStorage(BROWSER_QUOTA, { [KEY]: corruptFiveMb });
    const restored = restoreSnapshot(storage, KEY, socialMediaAssessment);
    expect(restored).toMatchObject({ status: 'kept_in_place', keptInPlace: true, answers: {} });
    expect(restored.setAsideAs).toBeUndefined();
    expect(codes(restored.issues)).toEqual(['snapshot_too_large', 'storage_unavailable', 'snapshot_kept_in_place']);
    expect(storage.values.get(KEY)).toBe(corruptFiveMb);
  });
});

describe('the store over such a value: the original is intact after the first new answer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const answerAndSave = (storage: ReturnType<typeof quotaStorage>, reported: Issue[]) => {
    const store = createAssessmentStore(socialMediaAssessment, { storage, storageKey: KEY, onStorageIssues: (issues) => reported.push(...issues) });
    expect(() => store.restore()).not.toThrow();
    store.answer('market', 'b2c');
    store.flush();
    return store;
  };

  it('keeps a 5 MB corrupt value that cannot be set aside, works in memory, and reports both', () => {
    const storage = quotaStorage(BROWSER_QUOTA, { [KEY]: corruptFiveMb });
    const reported: Issue[] = [];
    const store = answerAndSave(storage, reported);
    expect(storage.values.get(KEY)).toBe(corruptFiveMb);
    expect(codes(reported)).toEqual(expect.arrayContaining(['snapshot_too_large', 'storage_unavailable', 'snapshot_kept_in_place']));
    // The respondent carries on: the answer is kept, in memory, for the rest of the visit.
    expect(store.getState().session.answers).toEqual({ market: 'b2c' });
  });

  it('sets the 2.2 MB snapshot aside, then saves the new answer under the key', () => {
    const storage = quotaStorage(BROWSER_QUOTA, { [KEY]: hugeSnapshot });
    const reported: Issue[] = [];
    answerAndSave(storage, reported);
    expect(storage.values.get(setAsideKey(KEY))).toBe(hugeSnapshot);
    expect(JSON.parse(storage.values.get(KEY)!)).toMatchObject({ answers: { market: 'b2c' } });
    expect(codes(reported)).toEqual(['snapshot_too_large']);
  });

  it('keeps the 2.2 MB snapshot under its key when a tighter quota refuses its copy', () => {
    const storage = quotaStorage(hugeSnapshot.length + 1_000_000, { [KEY]: hugeSnapshot });
    const reported: Issue[] = [];
    answerAndSave(storage, reported);
    expect(storage.values.get(KEY)).toBe(hugeSnapshot);
    expect(storage.values.has(setAsideKey(KEY))).toBe(false);
    expect(codes(reported)).toEqual(['storage_unavailable', 'snapshot_too_large', 'snapshot_kept_in_place']);
  });
});
