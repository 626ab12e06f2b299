import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLocalStorage, createResilientStorage, restoreSnapshot, saveSnapshot } from '../../../src/core';
import { miniQuestionnaire } from '../../fixtures/miniQuestionnaire';

/** A Storage as browsers have it, backed by a Map (Node has no localStorage). */
function fakeLocalStorage(): Storage & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    get length() {
      return entries.size;
    },
    key: (index) => [...entries.keys()][index] ?? null,
    getItem: (key) => entries.get(key) ?? null,
    setItem: (key, value) => void entries.set(key, String(value)),
    removeItem: (key) => void entries.delete(key),
    clear: () => entries.clear(),
  };
}

const setLocalStorage = (descriptor: PropertyDescriptor) => Object.defineProperty(globalThis, 'localStorage', { configurable: true, ...descriptor });

afterEach(() => {
  delete (globalThis as { localStorage?: Storage }).localStorage;
});

describe('createLocalStorage', () => {
  it('keeps values in localStorage under `readiness-kit:<key>`', () => {
    const local = fakeLocalStorage();
    setLocalStorage({ value: local });
    const storage = createLocalStorage();
    storage.save('acme', 'one');
    expect([...local.entries]).toEqual([['readiness-kit:acme', 'one']]);
    expect(storage.load('acme')).toBe('one');
    storage.clear('acme');
    expect(local.entries.size).toBe(0);
  });

  it('takes a namespace, or none, so existing keys (the embed’s `storage-key`) stay readable', () => {
    const local = fakeLocalStorage();
    setLocalStorage({ value: local });
    createLocalStorage({ namespace: 'acme-site' }).save('survey', 'a');
    createLocalStorage({ namespace: '' }).save('survey', 'b');
    expect(Object.fromEntries(local.entries)).toEqual({ 'acme-site:survey': 'a', survey: 'b' });
  });

  it('throws where localStorage cannot be reached, and is created without touching it', () => {
    const getter = vi.fn(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    setLocalStorage({ get: getter });
    const storage = createLocalStorage();
    expect(getter).not.toHaveBeenCalled();
    expect(() => storage.load('acme')).toThrow('insecure');
    delete (globalThis as { localStorage?: Storage }).localStorage;
    expect(() => createLocalStorage().save('acme', 'x')).toThrow('not available');
  });

  it('carries on in memory with one reported issue where localStorage cannot be reached', () => {
    setLocalStorage({
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    const onIssue = vi.fn();
    const storage = createResilientStorage(createLocalStorage(), { onIssue });
    const mini = miniQuestionnaire();
    expect(restoreSnapshot(storage, 'acme', mini).status).toBe('none');
    saveSnapshot(storage, 'acme', mini, { market: 'b2b' });
    expect(restoreSnapshot(storage, 'acme', mini).answers).toEqual({ market: 'b2b' });
    expect(onIssue).toHaveBeenCalledTimes(1);
    expect(onIssue.mock.calls[0]![0].message).toContain('SecurityError');
  });
});
