// @vitest-environment jsdom
import { fireEvent, waitFor, within } from '@testing-library/dom';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defineReadinessAssessment } from '../../src/embed';
import { miniQuestionnaire } from '../fixtures/miniQuestionnaire';

/*
 * The custom element in jsdom, from source (on React): quick checks of its wiring. The built element
 * (on Preact) is driven in Chromium by test/e2e/plainHtml.e2e.ts.
 */
beforeAll(() => defineReadinessAssessment());
afterEach(() => {
  document.body.innerHTML = '';
  localStorage.clear();
});

/** Puts `<readiness-assessment>` with `attributes` (and a JSON definition child) on the page. */
function mount(attributes: Record<string, string> = {}, definition?: string): HTMLElement {
  const element = document.createElement('readiness-assessment');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (definition !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = definition;
    element.append(script);
  }
  document.body.append(element);
  return element;
}

/** Queries inside the element's shadow root (Testing Library takes an element, so the one React renders into). */
const shadow = (element: HTMLElement) => within(element.shadowRoot!.querySelector('div')!);

describe('<readiness-assessment>', () => {
  it('renders the wizard in an open shadow root that carries the kit styles', async () => {
    const element = mount();
    await waitFor(() => expect(shadow(element).getByRole('heading', { name: 'B2B vs B2C social-media readiness' })).toBeTruthy());
    // jsdom has no adoptedStyleSheets, so the element falls back to <style> elements in its shadow root.
    const styles = [...element.shadowRoot!.querySelectorAll('style')].map((style) => style.textContent);
    expect(styles[0]).toContain(':host{all:initial');
    expect(styles[1]).toContain('.rk-Wizard');
    expect(styles[1]).not.toMatch(/\drem\b/);
    expect(document.head.querySelector('style')).toBeNull();
  });

  it('tells the page each answer with an event that bubbles out of the shadow root', async () => {
    const heard: CustomEvent[] = [];
    document.addEventListener('readiness:answer', (event) => heard.push(event as CustomEvent));
    const element = mount({}, JSON.stringify(miniQuestionnaire()));
    fireEvent.click(await shadow(element).findByLabelText('Businesses'));
    await waitFor(() => expect(heard).toHaveLength(1));
    expect(heard[0]!.target).toBe(element);
    expect(heard[0]!.detail).toEqual({ questionId: 'market', value: 'b2b', answers: { market: 'b2b' } });
    expect((element as HTMLElement & { answers: object }).answers).toEqual({ market: 'b2b' });
  });

  it('applies a mode change after mount: the wizard gives way to the dialog trigger', async () => {
    const element = mount({}, JSON.stringify(miniQuestionnaire()));
    await shadow(element).findByRole('heading', { name: 'Mini' });
    element.setAttribute('mode', 'dialog');
    element.setAttribute('trigger-label', 'Check your readiness');
    await shadow(element).findByRole('button', { name: 'Check your readiness' });
    expect(shadow(element).queryByRole('heading', { name: 'Mini' })).toBeNull();
  });

  it('shows the error panel and reports readiness:error for a definition that is not JSON', async () => {
    const reported: CustomEvent[] = [];
    document.addEventListener('readiness:error', (event) => reported.push(event as CustomEvent), { once: true });
    const element = mount({}, '{"id": ');
    const panel = await shadow(element).findByRole('alert');
    expect(panel.textContent).toContain('[invalid_json]');
    expect(reported[0]!.detail.issues).toMatchObject([{ code: 'invalid_json', path: '' }]);
  });

  it('unmounts when removed and comes back with its answers', async () => {
    const element = mount({}, JSON.stringify(miniQuestionnaire()));
    fireEvent.click(await shadow(element).findByLabelText('Consumers'));
    element.remove();
    await waitFor(() => expect(element.shadowRoot!.querySelector('form')).toBeNull());
    document.body.append(element);
    await waitFor(() => expect((shadow(element).getByLabelText('Consumers') as HTMLInputElement).checked).toBe(true));
  });

  it('offers the answers saved under its storage-key, and saves new ones there', async () => {
    const snapshot = (answers: object) => ({ format: 'readiness-kit/snapshot', v: 1, questionnaire: { id: 'mini', version: '1.0.0' }, answers });
    localStorage.setItem('acme', JSON.stringify(snapshot({ market: 'both' })));
    const element = mount({ 'storage-key': 'acme' }, JSON.stringify(miniQuestionnaire()));
    fireEvent.click(await shadow(element).findByRole('button', { name: 'Resume my answers' }));
    await waitFor(() => expect((shadow(element).getByLabelText('Both') as HTMLInputElement).checked).toBe(true));
    fireEvent.click(shadow(element).getByLabelText('Businesses'));
    await waitFor(() => expect(JSON.parse(localStorage.getItem('acme')!)).toMatchObject(snapshot({ market: 'b2b' })));
  });

  it('reports a corrupt saved value through readiness:error and keeps it aside', async () => {
    const reported: CustomEvent[] = [];
    document.addEventListener('readiness:error', (event) => reported.push(event as CustomEvent), { once: true });
    localStorage.setItem('acme', '{"format":');
    const element = mount({ 'storage-key': 'acme' }, JSON.stringify(miniQuestionnaire()));
    await shadow(element).findByRole('heading', { name: 'Mini' });
    await waitFor(() => expect(reported[0]?.detail.issues).toMatchObject([{ code: 'invalid_json' }]));
    expect(localStorage.getItem('acme:unreadable')).toBe('{"format":');
  });

  it('sets a 2.2 MB saved snapshot aside, reports it, and keeps it intact after the first new answer', async () => {
    const reported: CustomEvent[] = [];
    document.addEventListener('readiness:error', (event) => reported.push(event as CustomEvent), { once: true });
    const huge = JSON.stringify({ format: 'readiness-kit/snapshot', v: 1, questionnaire: { id: 'mini', version: '1.0.0' }, answers: { formats: Array<string>(250_000).fill('papers') } });
    expect(huge.length).toBeGreaterThan(2_000_000);
    localStorage.setItem('acme', huge);
    const element = mount({ 'storage-key': 'acme' }, JSON.stringify(miniQuestionnaire()));
    fireEvent.click(await shadow(element).findByLabelText('Businesses'));
    await waitFor(() => expect(JSON.parse(localStorage.getItem('acme')!)).toMatchObject({ answers: { market: 'b2b' } }));
    expect(reported[0]?.detail.issues).toMatchObject([{ code: 'snapshot_too_large', path: 'storage.acme' }]);
    expect(localStorage.getItem('acme:unreadable')).toBe(huge);
  });

  it('leaves a corrupt value the quota cannot copy where it is, says so, and answers on in memory', async () => {
    const reported: CustomEvent[] = [];
    const listening = new AbortController();
    document.addEventListener('readiness:error', (event) => reported.push(event as CustomEvent), { signal: listening.signal });
    // jsdom's quota, like a browser's, is about 5 million characters: this one cannot be copied beside itself.
    const corrupt = `{"v":1,"answers":{"market":"${'b'.repeat(3_000_000)}`;
    localStorage.setItem('acme', corrupt);
    const element = mount({ 'storage-key': 'acme' }, JSON.stringify(miniQuestionnaire()));
    fireEvent.click(await shadow(element).findByLabelText('Businesses'));
    await waitFor(() => expect((shadow(element).getByLabelText('Businesses') as HTMLInputElement).checked).toBe(true));
    await waitFor(() =>
      expect(reported.flatMap((event) => event.detail.issues.map((issue: { code: string }) => issue.code))).toEqual(
        expect.arrayContaining(['snapshot_too_large', 'storage_unavailable', 'snapshot_kept_in_place']),
      ),
    );
    expect(localStorage.getItem('acme')).toBe(corrupt);
    expect(localStorage.getItem('acme:unreadable')).toBeNull();
    listening.abort();
  });
});
