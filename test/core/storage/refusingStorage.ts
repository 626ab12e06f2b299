import type { StorageAdapter } from '../../../src/core';

/** How a browser's storage refuses: a full quota refuses writes; a sandboxed frame or a locked-down browser refuses everything. */
export type Refusal = 'quota' | 'everything';

/** A Map-backed adapter that throws as real storage does once `refuse` is set; `values` shows what it holds. */
export function refusingStorage(initial: Record<string, string> = {}): StorageAdapter & {
  values: Map<string, string>;
  refuse: Refusal | undefined;
  calls: number;
} {
  const values = new Map(Object.entries(initial));
  const adapter = {
    values,
    refuse: undefined as Refusal | undefined,
    calls: 0,
    load(key: string) {
      adapter.calls += 1;
      if (adapter.refuse === 'everything') throw new DOMException('The operation is insecure.', 'SecurityError');
      return values.get(key) ?? null;
    },
    save(key: string, value: string) {
      adapter.calls += 1;
      if (adapter.refuse) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      values.set(key, value);
    },
    clear(key: string) {
      adapter.calls += 1;
      if (adapter.refuse === 'everything') throw new DOMException('The operation is insecure.', 'SecurityError');
      values.delete(key);
    },
  };
  return adapter;
}
