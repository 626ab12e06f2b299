/*
 * Answers may come from host code: objects with getters, proxies whose traps throw, revoked proxies.
 * The kit reads them as data only: own properties through their descriptors, so no getter is ever
 * called, and any trap that throws is caught where the answer is read and reported as that answer's issue.
 */

/** Thrown by the readers below when a property is a getter or setter, which the kit never calls. */
export class NotPlainData extends Error {
  constructor() {
    super('an accessor property, not a value');
    this.name = 'NotPlainData';
  }
}

/** The value of `target`'s own data property `key`, or `undefined` when there is none; a getter throws `NotPlainData`. */
export function ownDataValue(target: object, key: string | number): unknown {
  const descriptor = Object.getOwnPropertyDescriptor(target, key);
  if (descriptor === undefined) return undefined;
  if (!('value' in descriptor)) throw new NotPlainData();
  return descriptor.value;
}

/** A plain copy of a list's items, read through descriptors (a hole reads as `undefined`). */
export function plainItems(list: readonly unknown[]): unknown[] {
  const length = ownDataValue(list, 'length');
  const count = typeof length === 'number' ? length : 0;
  const items: unknown[] = new Array(count);
  for (let index = 0; index < count; index += 1) items[index] = ownDataValue(list, index);
  return items;
}

/** Names what made a value unreadable, for the issue: `getter`, or the thrown error's name. Never throws itself. */
export function unreadableReason(error: unknown): string {
  try {
    if (error instanceof NotPlainData) return 'getter';
    return error instanceof Error ? String(error.name) : typeof error;
  } catch {
    // A thrown proxy can throw again when asked its prototype.
    return 'error';
  }
}

/**
 * The value of one answer for a lookup (a KPI input, a segment, time left): its own data value, or
 * `undefined` when it is missing, a getter, or its proxy throws; such an answer reads as not given.
 */
export function answerAt(answers: object, id: string): unknown {
  try {
    const value = ownDataValue(answers, id);
    return Array.isArray(value) ? plainItems(value) : value;
  } catch {
    return undefined;
  }
}
