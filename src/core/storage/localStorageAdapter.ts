import type { StorageAdapter } from './storage.types';

/** Options of `createLocalStorage`. */
export interface LocalStorageOptions {
  /** Prefix of every key, as `<namespace>:<key>` (default `readiness-kit`); `''` for none. */
  namespace?: string;
}

/**
 * A storage adapter over the browser's localStorage, keys namespaced. It throws where localStorage
 * does (quota, Safari's private mode) or cannot be reached (sandboxed frames, servers): wrap it in
 * `createResilientStorage` to carry on in memory instead.
 * @example
 * const storage = createResilientStorage(createLocalStorage({ namespace: 'acme' }), { onIssue: report });
 */
export function createLocalStorage({ namespace = 'readiness-kit' }: LocalStorageOptions = {}): StorageAdapter {
  const name = (key: string) => (namespace ? `${namespace}:${key}` : key);
  // Looked up on each call, not once: merely reading `localStorage` throws in a sandboxed frame.
  const storage = (): Storage => {
    const local = globalThis.localStorage as Storage | undefined;
    if (!local) throw new Error('localStorage is not available here');
    return local;
  };
  return {
    load: (key) => storage().getItem(name(key)),
    save: (key, value) => storage().setItem(name(key), value),
    clear: (key) => storage().removeItem(name(key)),
  };
}
