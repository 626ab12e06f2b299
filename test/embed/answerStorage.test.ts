import { describe, expect, it } from 'vitest';
import { loadAnswers, saveAnswers, setAsideKey } from '../../src/embed/answerStorage';

/** A Storage backed by a Map, optionally refusing every call as private mode or a full quota does. */
function memoryStorage(refuse = false): Storage & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  const guard = () => {
    if (refuse) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  return {
    entries,
    get length() {
      return entries.size;
    },
    key: (index) => [...entries.keys()][index] ?? null,
    getItem: (key) => (guard(), entries.get(key) ?? null),
    setItem: (key, value) => (guard(), void entries.set(key, value)),
    removeItem: (key) => (guard(), void entries.delete(key)),
    clear: () => (guard(), entries.clear()),
  };
}

describe('embed answer storage', () => {
  it('resumes the answers it saved', () => {
    const storage = memoryStorage();
    expect(saveAnswers(storage, 'acme', { market: 'b2b', brand_share: 45 })).toBeUndefined();
    expect(loadAnswers(storage, 'acme')).toEqual({ answers: { market: 'b2b', brand_share: 45 }, issues: [] });
  });

  it('finds nothing under a key never used', () => {
    expect(loadAnswers(memoryStorage(), 'acme')).toEqual({ answers: undefined, issues: [] });
  });

  it('keeps a corrupt value aside under another key and reports it', () => {
    const storage = memoryStorage();
    storage.setItem('acme', '{"v":1,"answers":{"market":');
    const loaded = loadAnswers(storage, 'acme');
    expect(loaded.answers).toBeUndefined();
    expect(loaded.issues).toMatchObject([{ code: 'invalid_json', path: 'storage.acme' }]);
    expect(storage.entries.get(setAsideKey('acme'))).toBe('{"v":1,"answers":{"market":');
    expect(storage.entries.has('acme')).toBe(false);
  });

  it('never sets a value aside over an earlier one', () => {
    const storage = memoryStorage();
    for (const raw of ['first {', 'second {', 'third {']) {
      storage.setItem('acme', raw);
      loadAnswers(storage, 'acme');
    }
    expect([...storage.entries]).toEqual([
      ['acme:unreadable', 'first {'],
      ['acme:unreadable:2', 'second {'],
      ['acme:unreadable:3', 'third {'],
    ]);
  });

  it('keeps a foreign value (another format or version) aside and reports it', () => {
    const storage = memoryStorage();
    storage.setItem('acme', JSON.stringify({ v: 7, answers: {} }));
    storage.setItem('other', JSON.stringify(['not', 'a', 'snapshot']));
    expect(loadAnswers(storage, 'acme').issues).toMatchObject([{ code: 'invalid_format', path: 'storage.acme' }]);
    expect(loadAnswers(storage, 'other').issues).toMatchObject([{ code: 'invalid_format', path: 'storage.other' }]);
    expect(JSON.parse(storage.entries.get(setAsideKey('acme'))!)).toEqual({ v: 7, answers: {} });
  });

  it('reports storage that throws instead of throwing, on load and on save', () => {
    const storage = memoryStorage(true);
    expect(loadAnswers(storage, 'acme')).toMatchObject({ answers: undefined, issues: [{ code: 'invalid_value', path: 'storage.acme' }] });
    expect(saveAnswers(storage, 'acme', { market: 'b2b' })).toMatchObject({ code: 'invalid_value', path: 'storage.acme' });
  });

  it('does nothing without a storage (a sandboxed frame)', () => {
    expect(loadAnswers(undefined, 'acme')).toEqual({ answers: undefined, issues: [] });
    expect(saveAnswers(undefined, 'acme', { market: 'b2b' })).toBeUndefined();
  });
});
