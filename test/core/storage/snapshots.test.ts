import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createMemoryStorage,
  restoreSnapshot,
  saveSnapshot,
  setAsideKey,
  validateAnswers,
  type Answers,
  type Questionnaire,
  type Snapshot,
} from '../../../src/core';
import { answersArb, scoredCaseArb } from '../../fixtures/arbitraries';
import { miniQuestionnaire } from '../../fixtures/miniQuestionnaire';
import { refusingStorage } from './refusingStorage';

const mini = miniQuestionnaire();

/** Mini 2.0.0: `company` removed, `channel` lost `tiktok`, `formats` allows one, `educational_share` tops at 50. */
function miniVersion2(): Questionnaire {
  const next = structuredClone(mini);
  next.version = '2.0.0';
  const [profile, practice, numbers] = next.sections;
  const channel = profile!.questions.find((q) => q.id === 'channel');
  if (channel?.type === 'single') channel.options = channel.options.filter((option) => option.id !== 'tiktok');
  const formats = practice!.questions.find((q) => q.id === 'formats');
  if (formats?.type === 'multi') formats.max = 1;
  const share = practice!.questions.find((q) => q.id === 'educational_share');
  if (share?.type === 'number') share.max = 50;
  numbers!.questions = numbers!.questions.filter((q) => q.id !== 'company');
  return next;
}

const given: Answers = {
  market: 'b2b',
  channel: 'tiktok',
  formats: ['papers', 'cases'],
  helpful: 4,
  educational_share: 70,
  impressions: 1000,
  email: 'ada@example.com',
  company: 'Acme',
};

const snapshotOf = (questionnaire: Questionnaire, answers: unknown, extra: object = {}) =>
  JSON.stringify({ format: 'readiness-kit/snapshot', v: 1, questionnaire: { id: questionnaire.id, version: questionnaire.version }, answers, ...extra });

describe('saveSnapshot and restoreSnapshot', () => {
  it('resumes the answers saved, in a versioned snapshot naming the questionnaire', () => {
    const storage = createMemoryStorage();
    expect(saveSnapshot(storage, 'acme', mini, given)).toEqual([]);
    const stored = JSON.parse(storage.load('acme')!) as Snapshot;
    expect(stored).toMatchObject({ format: 'readiness-kit/snapshot', v: 1, questionnaire: { id: 'mini', version: '1.0.0' }, answers: given });
    expect(Number.isNaN(Date.parse(stored.savedAt!))).toBe(false);
    expect(restoreSnapshot(storage, 'acme', mini)).toEqual({ answers: given, issues: [], status: 'restored', savedAt: stored.savedAt });
  });

  it('resumes any valid answers to any questionnaire unchanged', () => {
    fc.assert(
      fc.property(scoredCaseArb, ({ questionnaire, answers }) => {
        const storage = createMemoryStorage();
        expect(saveSnapshot(storage, 'key', questionnaire, answers)).toEqual([]);
        const restored = restoreSnapshot(storage, 'key', questionnaire);
        expect(restored.status).toBe('restored');
        expect(restored.issues).toEqual([]);
        expect(restored.answers).toEqual(answers);
      }),
      { numRuns: 100 },
    );
  });

  it('finds nothing under a key never used', () => {
    expect(restoreSnapshot(createMemoryStorage(), 'acme', mini)).toEqual({ answers: {}, issues: [], status: 'none' });
  });

  it('saves only answers that validate, so a snapshot of this version always restores in full', () => {
    const storage = createMemoryStorage();
    saveSnapshot(storage, 'acme', mini, { market: 'b2b', helpful: 9, nope: 'x' });
    expect((JSON.parse(storage.load('acme')!) as Snapshot).answers).toEqual({ market: 'b2b' });
    expect(restoreSnapshot(storage, 'acme', mini)).toMatchObject({ answers: { market: 'b2b' }, issues: [], status: 'restored' });
  });

  it('migrates a snapshot of an older version: keeps what still validates, reports the rest, keeps the original aside', () => {
    const storage = createMemoryStorage();
    saveSnapshot(storage, 'acme', mini, given);
    const original = storage.load('acme')!;
    const v2 = miniVersion2();

    const restored = restoreSnapshot(storage, 'acme', v2);

    expect(restored.status).toBe('migrated');
    expect(restored.answers).toEqual({ market: 'b2b', helpful: 4, impressions: 1000, email: 'ada@example.com' });
    expect(validateAnswers(v2, restored.answers).ok).toBe(true);
    expect(restored.issues.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: 'unknown_option', path: 'answers.channel' },
      { code: 'too_many_options', path: 'answers.formats' },
      { code: 'answer_out_of_range', path: 'answers.educational_share' },
      { code: 'unknown_question', path: 'answers.company' },
    ]);
    // Nothing lost: the original is kept verbatim, and what was kept is stored for version 2.
    expect(restored.setAsideAs).toBe(setAsideKey('acme'));
    expect(storage.load(setAsideKey('acme'))).toBe(original);
    const rewritten = JSON.parse(storage.load('acme')!) as Snapshot;
    expect(rewritten).toMatchObject({ questionnaire: { id: 'mini', version: '2.0.0' }, answers: restored.answers });
    // Reported once: the next visit restores version 2's snapshot cleanly.
    expect(restoreSnapshot(storage, 'acme', v2)).toMatchObject({ answers: restored.answers, issues: [], status: 'restored' });
  });

  it('migrates a clean older snapshot without setting anything aside', () => {
    const storage = createMemoryStorage();
    saveSnapshot(storage, 'acme', mini, { market: 'both', helpful: 2 });
    const restored = restoreSnapshot(storage, 'acme', miniVersion2());
    expect(restored).toMatchObject({ answers: { market: 'both', helpful: 2 }, issues: [], status: 'migrated' });
    expect(restored.setAsideAs).toBeUndefined();
    expect(storage.load(setAsideKey('acme'))).toBeNull();
  });

  it('accounts for every answer of any older snapshot: each one kept as it was, or reported at its path', () => {
    const v2 = miniVersion2();
    fc.assert(
      fc.property(answersArb(mini), fc.dictionary(fc.constantFrom('gone', 'retired'), fc.string()), (answers, stale) => {
        const all: Record<string, unknown> = { ...answers, ...stale };
        const raw = snapshotOf(mini, all);
        const storage = createMemoryStorage({ acme: raw });
        const restored = restoreSnapshot(storage, 'acme', v2);
        expect(restored.status).toBe('migrated');
        expect(validateAnswers(v2, restored.answers).ok).toBe(true);
        const reported = new Set(restored.issues.map((issue) => issue.segments[1]));
        for (const [id, value] of Object.entries(all)) {
          if (id in restored.answers) expect(restored.answers[id]).toEqual(value);
          else expect(reported).toContain(id);
        }
        if (restored.issues.length > 0) expect(storage.load(restored.setAsideAs!)).toBe(raw);
      }),
      { numRuns: 200 },
    );
  });

  it('reads the embed’s earlier { v: 1, answers } values as a migration', () => {
    const raw = JSON.stringify({ v: 1, answers: { market: 'b2b', retired_question: 3 } });
    const storage = createMemoryStorage({ acme: raw });
    const restored = restoreSnapshot(storage, 'acme', mini);
    expect(restored).toMatchObject({ answers: { market: 'b2b' }, status: 'migrated' });
    expect(restored.issues).toMatchObject([{ code: 'unknown_question', path: 'answers.retired_question' }]);
    expect(storage.load(setAsideKey('acme'))).toBe(raw);
  });

  it('restores what still validates from a snapshot of this version that was edited, keeping the original aside', () => {
    const raw = snapshotOf(mini, { market: 'b2b', helpful: 'very' });
    const storage = createMemoryStorage({ acme: raw });
    const restored = restoreSnapshot(storage, 'acme', mini);
    expect(restored).toMatchObject({ answers: { market: 'b2b' }, status: 'restored', setAsideAs: 'acme:unreadable' });
    expect(restored.issues).toMatchObject([{ code: 'answer_wrong_type', path: 'answers.helpful' }]);
    expect(storage.load('acme:unreadable')).toBe(raw);
  });

  describe('keeps a corrupt or foreign value aside and reports it', () => {
    const cases: [string, string, { code: string; path: string }][] = [
      ['cut-off JSON', '{"format":"readiness-kit/snapshot","v":1,"answers":{"market":', { code: 'invalid_json', path: 'storage.acme' }],
      ['a list', '["b2b"]', { code: 'invalid_format', path: 'storage.acme' }],
      ['another format', JSON.stringify({ format: 'someone-else', v: 1, answers: {} }), { code: 'invalid_format', path: 'storage.acme' }],
      ['a later snapshot format', snapshotOf(mini, {}, { v: 2 }), { code: 'invalid_format', path: 'storage.acme' }],
      ['answers that are not an object', snapshotOf(mini, 'b2b'), { code: 'invalid_format', path: 'storage.acme' }],
      ['no questionnaire version', JSON.stringify({ format: 'readiness-kit/snapshot', v: 1, questionnaire: { id: 'mini' }, answers: {} }), { code: 'invalid_format', path: 'storage.acme' }],
      ['another questionnaire', snapshotOf({ ...mini, id: 'other' }, { market: 'b2b' }), { code: 'invalid_value', path: 'storage.acme.questionnaire.id' }],
    ];
    it.each(cases)('%s', (_, raw, issue) => {
      const storage = createMemoryStorage({ acme: raw });
      const restored = restoreSnapshot(storage, 'acme', mini);
      expect(restored).toMatchObject({ answers: {}, status: 'set_aside', setAsideAs: 'acme:unreadable' });
      expect(restored.issues).toMatchObject([issue]);
      expect(storage.load('acme:unreadable')).toBe(raw);
      expect(storage.load('acme')).toBeNull();
    });

    it('names the questionnaire a foreign snapshot belongs to', () => {
      const storage = createMemoryStorage({ acme: snapshotOf({ ...mini, id: 'other' }, {}) });
      expect(restoreSnapshot(storage, 'acme', mini).issues[0]).toMatchObject({ params: { expected: ['mini'], received: 'other' } });
    });
  });

  it('never sets a value aside over an earlier one', () => {
    const storage = createMemoryStorage();
    for (const raw of ['first {', 'second {', 'third {']) {
      storage.save('acme', raw);
      restoreSnapshot(storage, 'acme', mini);
    }
    expect(['acme:unreadable', 'acme:unreadable:2', 'acme:unreadable:3'].map((key) => storage.load(key))).toEqual(['first {', 'second {', 'third {']);
  });

  it('reports storage that throws instead of throwing, on load and on save', () => {
    const storage = refusingStorage();
    storage.refuse = 'everything';
    const restored = restoreSnapshot(storage, 'acme', mini);
    expect(restored).toMatchObject({ answers: {}, status: 'unavailable' });
    expect(restored.issues).toMatchObject([{ code: 'storage_unavailable', path: 'storage.acme' }]);
    expect(restored.issues[0]!.message).toContain('SecurityError');
    expect(saveSnapshot(storage, 'acme', mini, given)).toMatchObject([{ code: 'storage_unavailable', path: 'storage.acme' }]);
  });

  it('leaves an unusable value where it is, and says so, when storage refuses to move it', () => {
    const storage = refusingStorage({ acme: 'not json' });
    storage.refuse = 'quota';
    const restored = restoreSnapshot(storage, 'acme', mini);
    expect(restored.status).toBe('kept_in_place');
    expect(restored.keptInPlace).toBe(true);
    expect(restored.setAsideAs).toBeUndefined();
    expect(restored.issues.map((issue) => issue.code)).toEqual(['invalid_json', 'storage_unavailable', 'snapshot_kept_in_place']);
    expect(storage.values.get('acme')).toBe('not json');
  });

  it('keeps an older snapshot where it is when storage refuses to set it aside, and still restores what fits', () => {
    const raw = snapshotOf(mini, given);
    const storage = refusingStorage({ acme: raw });
    storage.refuse = 'quota';
    const restored = restoreSnapshot(storage, 'acme', miniVersion2());
    expect(restored.status).toBe('migrated');
    expect(restored.answers).toMatchObject({ market: 'b2b', helpful: 4 });
    expect(restored.issues.slice(-2)).toMatchObject([
      { code: 'storage_unavailable', path: 'storage.acme' },
      { code: 'snapshot_kept_in_place', path: 'storage.acme' },
    ]);
    expect(restored.keptInPlace).toBe(true);
    expect(storage.values.get('acme')).toBe(raw);
  });
});
