import { describe, expect, it, vi } from 'vitest';
import { createResilientStorage, restoreSnapshot, saveSnapshot, type Answers, type Issue } from '../../../src/core';
import { miniQuestionnaire } from '../../fixtures/miniQuestionnaire';
import { refusingStorage } from './refusingStorage';

const mini = miniQuestionnaire();

describe('createResilientStorage', () => {
  it('passes every call to the primary storage while it works', () => {
    const primary = refusingStorage();
    const onIssue = vi.fn();
    const storage = createResilientStorage(primary, { onIssue });
    saveSnapshot(storage, 'acme', mini, { market: 'b2b' });
    expect(JSON.parse(primary.values.get('acme')!)).toMatchObject({ answers: { market: 'b2b' } });
    expect(restoreSnapshot(storage, 'acme', mini).answers).toEqual({ market: 'b2b' });
    storage.clear('acme');
    expect(primary.values.has('acme')).toBe(false);
    expect(onIssue).not.toHaveBeenCalled();
    expect(storage.issue).toBeUndefined();
  });

  it('degrades to memory when the quota runs out, reports it once, and loses no answer', () => {
    const primary = refusingStorage();
    const issues: Issue[] = [];
    const storage = createResilientStorage(primary, { onIssue: (issue) => issues.push(issue) });
    saveSnapshot(storage, 'acme', mini, { market: 'b2b' });
    const beforeQuota = primary.values.get('acme');

    primary.refuse = 'quota';
    const saves: Answers[] = [{ market: 'b2b', helpful: 4 }, { market: 'b2b', helpful: 5 }, { market: 'b2b', helpful: 5, channel: 'linkedin' }];
    for (const answers of saves) expect(saveSnapshot(storage, 'acme', mini, answers)).toEqual([]);

    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'storage_unavailable', path: 'storage.acme' });
    expect(issues[0]!.message).toContain('QuotaExceededError');
    expect(storage.issue).toBe(issues[0]);
    // The latest answers resume from memory; the primary keeps what it held, untouched.
    expect(restoreSnapshot(storage, 'acme', mini)).toMatchObject({ answers: saves.at(-1), issues: [], status: 'restored' });
    expect(primary.values.get('acme')).toBe(beforeQuota);
  });

  it('degrades to memory when storage refuses even to be read (private mode, sandboxed frames), without throwing', () => {
    const primary = refusingStorage();
    primary.refuse = 'everything';
    const onIssue = vi.fn();
    const storage = createResilientStorage(primary, { onIssue });
    expect(restoreSnapshot(storage, 'acme', mini)).toEqual({ answers: {}, issues: [], status: 'none' });
    expect(onIssue).toHaveBeenCalledTimes(1);
    expect(onIssue.mock.calls[0]![0]).toMatchObject({ code: 'storage_unavailable', path: 'storage.acme' });

    expect(saveSnapshot(storage, 'acme', mini, { market: 'b2c' })).toEqual([]);
    expect(restoreSnapshot(storage, 'acme', mini).answers).toEqual({ market: 'b2c' });
    expect(onIssue).toHaveBeenCalledTimes(1);
  });

  it('stops calling a primary storage that threw', () => {
    const primary = refusingStorage();
    const storage = createResilientStorage(primary);
    primary.refuse = 'quota';
    storage.save('acme', 'one');
    const calls = primary.calls;
    primary.refuse = undefined;
    storage.save('acme', 'two');
    storage.load('acme');
    expect(primary.calls).toBe(calls);
    expect(storage.load('acme')).toBe('two');
  });
});
