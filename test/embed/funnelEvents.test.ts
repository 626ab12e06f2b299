// @vitest-environment jsdom
import { fireEvent, waitFor, within } from '@testing-library/dom';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FunnelEvent } from '../../src/core';
import { defineReadinessAssessment } from '../../src/embed';
import { miniQuestionnaire } from '../fixtures/miniQuestionnaire';

const FUNNEL_EVENTS = ['readiness:step_viewed', 'readiness:step_completed', 'readiness:abandoned'] as const;

beforeAll(() => defineReadinessAssessment());

const listeners: [string, EventListener][] = [];
afterEach(() => {
  for (const [type, listener] of listeners.splice(0)) document.removeEventListener(type, listener);
  document.body.innerHTML = '';
});

/** Listens on `document` for the funnel events, as a host page would. */
function hear() {
  const heard: CustomEvent<FunnelEvent>[] = [];
  for (const type of FUNNEL_EVENTS) {
    const listener: EventListener = (event) => heard.push(event as CustomEvent<FunnelEvent>);
    document.addEventListener(type, listener);
    listeners.push([type, listener]);
  }
  return heard;
}

/** `<readiness-assessment>` with the mini questionnaire as its JSON child. */
function mount(): HTMLElement {
  const element = document.createElement('readiness-assessment');
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify(miniQuestionnaire());
  element.append(script);
  document.body.append(element);
  return element;
}

const shadow = (element: HTMLElement) => within(element.shadowRoot!.querySelector('div')!);

describe('<readiness-assessment> funnel events', () => {
  it('tells the page each step viewed and completed, the funnel event as detail, out of the shadow root', async () => {
    const heard = hear();
    const element = mount();
    fireEvent.click(await shadow(element).findByLabelText('Businesses'));
    fireEvent.click(shadow(element).getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(heard).toHaveLength(3));
    expect(heard.map((event) => `${event.type} ${event.detail.type}:${event.detail.stepId}`)).toEqual([
      'readiness:step_viewed step_viewed:profile',
      'readiness:step_completed step_completed:profile',
      'readiness:step_viewed step_viewed:practice',
    ]);
    expect(heard.every((event) => event.target === element && event.bubbles && event.composed)).toBe(true);
    expect(heard[2]!.detail).toMatchObject({ questionnaire: 'mini@1.0.0', stepIndex: 1, visibleQuestions: 4 });
    // The detail is the event alone: no answers leave the element through it.
    expect(Object.keys(heard[1]!.detail).sort()).toEqual(['at', 'isFinal', 'questionnaire', 'session', 'stepId', 'stepIndex', 'type', 'visibleQuestions']);
  });

  it('reports readiness:abandoned once when the page is hidden', async () => {
    const heard = hear();
    const element = mount();
    await shadow(element).findByLabelText('Businesses');
    // The page-hide listener is added once React has run the element's effects, just after mounting.
    await waitFor(() => {
      window.dispatchEvent(new Event('pagehide'));
      expect(heard.some((event) => event.type === 'readiness:abandoned')).toBe(true);
    });
    window.dispatchEvent(new Event('pagehide'));
    expect(heard.map((event) => `${event.type}:${event.detail.stepId}`)).toEqual(['readiness:step_viewed:profile', 'readiness:abandoned:profile']);
    expect(heard[1]!.detail.session).toBe(heard[0]!.detail.session);
  });
});
