import type { StorageAdapter } from '../../../src/core';

/**
 * A storage adapter with a browser-like quota: a save that would take the total of keys and values
 * past `quota` characters throws `QuotaExceededError`, as localStorage does (about 5 million
 * characters per origin in Chromium).
 */
export function quotaStorage(quota: number, initial: Record<string, string> = {}): StorageAdapter & { values: Map<string, string> } {
  const values = new Map(Object.entries(initial));
  const used = () => [...values].reduce((sum, [key, value]) => sum + key.length + value.length, 0);
  return {
    values,
    load: (key) => values.get(key) ?? null,
    save(key, value) {
      const freed = values.has(key) ? key.length + values.get(key)!.length : 0;
      if (used() - freed + key.length + value.length > quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      values.set(key, value);
    },
    clear: (key) => void values.delete(key),
  };
}
