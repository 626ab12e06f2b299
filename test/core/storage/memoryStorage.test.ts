import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from '../../../src/core';

describe('createMemoryStorage', () => {
  it('loads what was saved, null once removed, and starts from the values given', () => {
    const storage = createMemoryStorage({ seeded: 'yes' });
    expect(storage.load('seeded')).toBe('yes');
    expect(storage.load('acme')).toBeNull();
    storage.save('acme', 'one');
    storage.save('acme', 'two');
    expect(storage.load('acme')).toBe('two');
    storage.clear('acme');
    storage.clear('never-there');
    expect(storage.load('acme')).toBeNull();
  });

  it('keeps two storages apart', () => {
    const first = createMemoryStorage();
    const second = createMemoryStorage();
    first.save('acme', 'one');
    expect(second.load('acme')).toBeNull();
  });
});
