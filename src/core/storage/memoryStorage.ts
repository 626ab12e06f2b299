import type { StorageAdapter } from './storage.types';

/**
 * A storage adapter that keeps values in memory for the page's life: for tests, for server
 * rendering, and as the fallback when the browser's storage refuses.
 * @example
 * const storage = createMemoryStorage();
 * saveSnapshot(storage, 'acme', questionnaire, answers);
 */
export function createMemoryStorage(initial: Readonly<Record<string, string>> = {}): StorageAdapter {
  const values = new Map(Object.entries(initial));
  return {
    load: (key) => values.get(key) ?? null,
    save: (key, value) => void values.set(key, value),
    clear: (key) => void values.delete(key),
  };
}
