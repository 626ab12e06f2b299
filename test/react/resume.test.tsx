import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryStorage, declinedKey, saveSnapshot, type Issue, type StorageAdapter } from '../../src/core';
import { AssessmentWizard } from '../../src/react';
import { miniQuestionnaire } from '../fixtures/miniQuestionnaire';
import { expectNoAxeViolations } from './helpers/expectNoAxeViolations';

const mini = miniQuestionnaire();

/** A visit: the wizard over `storage`, with a spy for what could not be restored. */
function visit(storage: StorageAdapter) {
  const onRestoreIssues = vi.fn<(issues: readonly Issue[]) => void>();
  const view = render(<AssessmentWizard questionnaire={mini} storage={storage} onRestoreIssues={onRestoreIssues} />);
  return { ...view, onRestoreIssues };
}

describe('save and resume', () => {
  it('offers the answers of an earlier visit and resumes them', async () => {
    const user = userEvent.setup();
    const storage = createMemoryStorage();
    const first = visit(storage);
    expect(screen.queryByRole('region', { name: 'Welcome back' })).toBeNull();
    await user.click(screen.getByLabelText('Businesses'));
    first.unmount();

    const second = visit(storage);
    const offer = await screen.findByRole('region', { name: 'Welcome back' });
    expect(offer).toHaveTextContent('1 answer saved on');
    expect(screen.getByLabelText('Businesses')).not.toBeChecked();
    await expectNoAxeViolations(second.container);
    await user.click(screen.getByRole('button', { name: 'Resume my answers' }));
    expect(screen.getByLabelText('Businesses')).toBeChecked();
    expect(screen.queryByRole('region', { name: 'Welcome back' })).toBeNull();
    expect(second.onRestoreIssues).not.toHaveBeenCalled();
  });

  it('keeps declined answers aside in storage instead of deleting them', async () => {
    const user = userEvent.setup();
    const storage = createMemoryStorage();
    saveSnapshot(storage, mini.id, mini, { market: 'b2c' });
    visit(storage);
    await user.click(await screen.findByRole('button', { name: 'Start afresh' }));
    expect(screen.getByLabelText('Consumers')).not.toBeChecked();
    expect(JSON.parse(storage.load(declinedKey(mini.id))!).answers).toEqual({ market: 'b2c' });
  });

  it('answering without resuming starts afresh, and also keeps the offered answers aside', async () => {
    const user = userEvent.setup();
    const storage = createMemoryStorage();
    saveSnapshot(storage, mini.id, mini, { market: 'b2c' });
    visit(storage);
    await screen.findByRole('region', { name: 'Welcome back' });
    await user.click(screen.getByLabelText('Both'));
    expect(screen.queryByRole('region', { name: 'Welcome back' })).toBeNull();
    expect(JSON.parse(storage.load(declinedKey(mini.id))!).answers).toEqual({ market: 'b2c' });
    // Saves wait for a pause in answering (400 ms by default), then write the new answers.
    await waitFor(() => expect(JSON.parse(storage.load(mini.id)!).answers).toEqual({ market: 'both' }));
  });

  it('writes a pending save at once when the page is hidden or left, not only after the pause', async () => {
    const user = userEvent.setup();
    const storage = createMemoryStorage();
    visit(storage);
    await user.click(screen.getByLabelText('Both'));
    expect(storage.load(mini.id)).toBeNull();
    window.dispatchEvent(new Event('pagehide'));
    expect(JSON.parse(storage.load(mini.id)!).answers).toEqual({ market: 'both' });
    await user.click(screen.getByLabelText('Consumers'));
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    delete (document as { visibilityState?: string }).visibilityState;
    expect(JSON.parse(storage.load(mini.id)!).answers).toEqual({ market: 'b2c' });
  });

  it('migrates answers saved for another version and reports those it drops', async () => {
    const storage = createMemoryStorage();
    const older = { ...mini, version: '0.9.0' };
    storage.save(mini.id, JSON.stringify({ format: 'readiness-kit/snapshot', v: 1, questionnaire: { id: mini.id, version: older.version }, answers: { market: 'b2b', retired_question: 3 } }));
    const { onRestoreIssues } = visit(storage);
    await screen.findByRole('region', { name: 'Welcome back' });
    expect(onRestoreIssues).toHaveBeenCalledWith([expect.objectContaining({ path: 'answers.retired_question' })]);
  });

  it('keeps a corrupt snapshot aside, reports it, and starts empty', async () => {
    const storage = createMemoryStorage({ [mini.id]: '{"format": "readiness-kit/snap' });
    const { onRestoreIssues } = visit(storage);
    await vi.waitFor(() => expect(onRestoreIssues).toHaveBeenCalledWith([expect.objectContaining({ code: 'invalid_json' })]));
    expect(screen.queryByRole('region', { name: 'Welcome back' })).toBeNull();
    expect(storage.load(`${mini.id}:unreadable`)).toBe('{"format": "readiness-kit/snap');
  });

  it('carries on in memory when storage refuses, reporting it once', async () => {
    const user = userEvent.setup();
    const refusing: StorageAdapter = {
      load: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
      save: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
      clear: () => {},
    };
    const { onRestoreIssues } = visit(refusing);
    await user.click(screen.getByLabelText('Businesses'));
    await user.click(screen.getByLabelText('Consumers'));
    expect(screen.getByLabelText('Consumers')).toBeChecked();
    expect(onRestoreIssues).toHaveBeenCalledTimes(1);
    expect(onRestoreIssues.mock.calls[0]![0]).toMatchObject([{ code: 'storage_unavailable' }]);
  });
});
