import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FunnelEvent } from '../../src/core';
import { AssessmentProvider, AssessmentWizard } from '../../src/react';
import { miniQuestionnaire } from '../fixtures/miniQuestionnaire';

const mini = miniQuestionnaire();

/** The wizard alone, under StrictMode, reporting its funnel events into a list. */
function wizard(props: { sessionId?: string } = {}) {
  const events: FunnelEvent[] = [];
  render(
    <StrictMode>
      <AssessmentWizard questionnaire={mini} onFunnelEvent={(event) => events.push(event)} {...props} />
    </StrictMode>,
  );
  return { events, names: () => events.map((event) => `${event.type}:${event.stepId}`) };
}

/** The page going into the background, as a browser says it. */
function hidePage() {
  const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
  act(() => void document.dispatchEvent(new Event('visibilitychange')));
  visibility.mockRestore();
}

afterEach(() => vi.restoreAllMocks());

describe('funnel events in React', () => {
  it('reports the first step once under StrictMode, then a completion and the next step as the respondent goes on', async () => {
    const user = userEvent.setup();
    const { events, names } = wizard({ sessionId: 'host-session-7' });
    expect(names()).toEqual(['step_viewed:profile']);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(names()).toEqual(['step_viewed:profile']);
    await user.click(screen.getByLabelText('Businesses'));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(names()).toEqual(['step_viewed:profile', 'step_completed:profile', 'step_viewed:practice']);
    expect(events.at(-1)).toMatchObject({ session: 'host-session-7', questionnaire: 'mini@1.0.0', stepIndex: 1, visibleQuestions: 4 });
  });

  it('reports abandoned on the step on screen when the page is hidden, once for pagehide and visibilitychange together', async () => {
    const user = userEvent.setup();
    const { events, names } = wizard();
    await user.click(screen.getByLabelText('Consumers'));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    act(() => void window.dispatchEvent(new Event('pagehide')));
    hidePage();
    expect(names()).toEqual(['step_viewed:profile', 'step_completed:profile', 'step_viewed:practice', 'abandoned:practice']);
    // Without the community question (B2C): three on the step.
    expect(events.at(-1)).toMatchObject({ type: 'abandoned', visibleQuestions: 3 });
    expect(new Set(events.map((event) => event.session)).size).toBe(1);
  });

  it('reports no abandonment once the respondent has finished', async () => {
    const user = userEvent.setup();
    const { names } = wizard();
    await user.click(screen.getByLabelText('Consumers'));
    for (const label of ['Next', 'Next', 'Review answers', 'See my result']) await user.click(screen.getByRole('button', { name: label }));
    expect(screen.getByRole('heading', { name: 'Your result' })).toBeInTheDocument();
    act(() => void window.dispatchEvent(new Event('pagehide')));
    expect(names().slice(-2)).toEqual(['step_viewed:#review', 'step_completed:#review']);
  });

  it('calls the host’s latest callback, and the provider takes the same options', async () => {
    const first = vi.fn();
    const latest = vi.fn();
    const { rerender } = render(
      <AssessmentProvider questionnaire={mini} onFunnelEvent={first}>
        <AssessmentWizard />
      </AssessmentProvider>,
    );
    rerender(
      <AssessmentProvider questionnaire={mini} onFunnelEvent={latest}>
        <AssessmentWizard />
      </AssessmentProvider>,
    );
    fireEvent.click(screen.getByLabelText('Both'));
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(first.mock.calls.map(([event]) => (event as FunnelEvent).type)).toEqual(['step_viewed']);
    expect(latest.mock.calls.map(([event]) => (event as FunnelEvent).type)).toEqual(['step_completed', 'step_viewed']);
  });

  it('reports nothing while rendering on a server, where there is no window', () => {
    const onFunnelEvent = vi.fn();
    vi.stubGlobal('window', undefined);
    vi.stubGlobal('document', undefined);
    let html: string;
    try {
      html = renderToString(<AssessmentWizard questionnaire={mini} onFunnelEvent={onFunnelEvent} />);
    } finally {
      vi.unstubAllGlobals();
    }
    expect(html).toContain('Who do you sell to?');
    expect(onFunnelEvent).not.toHaveBeenCalled();
  });
});
