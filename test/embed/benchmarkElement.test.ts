// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryStorage, findPeerSegment, peerPercentile, scoreAnswers, type Answers } from '../../src/core';
import { socialMediaAssessment } from '../../src/content/social-media';
import { defineReadinessAssessment } from '../../src/embed';
import { EmbeddedAssessment, type EmbeddedAssessmentProps } from '../../src/embed/EmbeddedAssessment';
import { answersAtLevel } from '../../stories/fixtures/profiles';
import { peerBenchmark } from '../../stories/fixtures/sampleBenchmark';

/*
 * Peer benchmarks in the embed: the element fetches `benchmark-src` only when it is set and on the
 * page's origin, reports what it cannot use as readiness:error, and runs on without it.
 */
const fetchStub = vi.fn(async () => new Response(JSON.stringify(peerBenchmark), { status: 200 }));
beforeAll(() => defineReadinessAssessment());
beforeEach(() => {
  fetchStub.mockClear();
  vi.stubGlobal('fetch', fetchStub);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

const BUNDLED_TITLE = 'B2B vs B2C social-media readiness';
const smallB2b: Answers = { ...answersAtLevel(0.75), market: 'b2b', company_size: 'small' };

/** Puts `<readiness-assessment>` on the page with `attributes` and an inline benchmark child, and collects its readiness:error events. */
function mount(attributes: Record<string, string>, inlineBenchmark?: string): { element: HTMLElement; errors: CustomEvent[] } {
  const errors: CustomEvent[] = [];
  const element = document.createElement('readiness-assessment');
  element.addEventListener('readiness:error', (event) => errors.push(event as CustomEvent));
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (inlineBenchmark !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.dataset.benchmark = '';
    script.textContent = inlineBenchmark;
    element.append(script);
  }
  document.body.append(element);
  return { element, errors };
}

const shadow = (element: HTMLElement) => within(element.shadowRoot!.querySelector('div')!);

describe('<readiness-assessment> with peer benchmarks', () => {
  it('makes no request without benchmark-src', async () => {
    const { element, errors } = mount({});
    await shadow(element).findByRole('heading', { name: BUNDLED_TITLE });
    expect(fetchStub).not.toHaveBeenCalled();
    expect(errors).toEqual([]);
  });

  it('refuses a benchmark-src on another origin: readiness:error with the code, no request, the assessment still there', async () => {
    const { element, errors } = mount({ 'benchmark-src': 'https://elsewhere.example/benchmark.json' });
    await shadow(element).findByRole('heading', { name: BUNDLED_TITLE });
    await waitFor(() => expect(errors).toHaveLength(1));
    expect(errors[0]!.detail.issues).toMatchObject([{ code: 'benchmark_cross_origin', path: 'benchmark-src' }]);
    expect(fetchStub).not.toHaveBeenCalled();
  });

  it('fetches a same-origin benchmark-src once, with same-origin credentials, and again when it changes', async () => {
    const { element, errors } = mount({ 'benchmark-src': '/benchmarks/2025.json' });
    await waitFor(() => expect(fetchStub).toHaveBeenCalledTimes(1));
    expect(fetchStub).toHaveBeenCalledWith(`${window.location.origin}/benchmarks/2025.json`, expect.objectContaining({ credentials: 'same-origin' }));
    element.setAttribute('benchmark-src', '/benchmarks/2026.json');
    await waitFor(() => expect(fetchStub).toHaveBeenCalledTimes(2));
    expect(fetchStub).toHaveBeenLastCalledWith(`${window.location.origin}/benchmarks/2026.json`, expect.anything());
    expect(errors).toEqual([]);
  });

  it('reports a benchmark file that is not JSON, and runs on without it', async () => {
    fetchStub.mockImplementationOnce(async () => new Response('<html>', { status: 200 }));
    const { element, errors } = mount({ 'benchmark-src': '/benchmark.json' });
    await waitFor(() => expect(errors).toHaveLength(1));
    expect(errors[0]!.detail.issues).toMatchObject([{ code: 'invalid_json' }]);
    expect(shadow(element).getByRole('heading', { name: BUNDLED_TITLE })).toBeTruthy();
  });

  it('reports an inline benchmark that is not JSON, and keeps the bundled assessment', async () => {
    const { element, errors } = mount({}, '{"segments": ');
    await shadow(element).findByRole('heading', { name: BUNDLED_TITLE });
    expect(errors[0]!.detail.issues).toMatchObject([{ code: 'invalid_json', path: '' }]);
    expect(fetchStub).not.toHaveBeenCalled();
  });
});

/** Renders the embed's React tree with `props`, then goes through the wizard to the result. */
async function completeWith(props: Partial<EmbeddedAssessmentProps>): Promise<void> {
  render(
    createElement(EmbeddedAssessment, {
      attributes: { locale: 'en', currency: undefined, mode: 'inline', triggerLabel: undefined, storageKey: undefined },
      definition: null,
      defaultAnswers: smallB2b,
      dialogContainer: document.createElement('div'),
      storage: createMemoryStorage(),
      callbacks: {},
      ...props,
    }),
  );
  for (let step = 0; step < 50 && !screen.queryByRole('button', { name: 'See my result' }); step += 1)
    fireEvent.click(screen.getByRole('button', { name: /^(Next|Review answers)$/ }));
  fireEvent.click(screen.getByRole('button', { name: 'See my result' }));
}

describe('the embedded result with peer benchmarks', () => {
  const profile = scoreAnswers(socialMediaAssessment, smallB2b);
  const ahead = `Ahead of ${peerPercentile(findPeerSegment(peerBenchmark, smallB2b)!.index, profile.index!)}% of companies like yours`;

  it('compares with the benchmark fetched from benchmark-src', async () => {
    await completeWith({ attributes: { locale: 'en', currency: undefined, mode: 'inline', triggerLabel: undefined, storageKey: undefined, benchmarkSrc: '/benchmark.json' } });
    expect(await screen.findByText(ahead)).toBeTruthy();
    expect(screen.getByRole('region', { name: 'How companies like yours score' })).toBeTruthy();
  });

  it('compares with the inline benchmark, making no request', async () => {
    await completeWith({ inlineBenchmark: { benchmark: peerBenchmark } });
    expect(screen.getByText(ahead)).toBeTruthy();
    expect(fetchStub).not.toHaveBeenCalled();
  });
});
