/**
 * A random session id: `crypto.randomUUID()` where the runtime has it (secure pages, Node), else
 * random hex. Made in the page and never sent anywhere by the kit.
 */
export function newSessionId(): string {
  const crypto = (globalThis as { crypto?: { randomUUID?: () => string; getRandomValues?: (array: Uint8Array) => Uint8Array } }).crypto;
  if (typeof crypto?.randomUUID === 'function') return crypto.randomUUID();
  const bytes = new Uint8Array(16);
  // An http:// page has getRandomValues but no randomUUID; only a very old runtime has neither.
  if (typeof crypto?.getRandomValues === 'function') crypto.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i += 1) bytes[i] = Math.floor(Math.random() * 256);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
