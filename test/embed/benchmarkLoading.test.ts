// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { loadBenchmark } from '../../src/embed/loadBenchmark';
import { readAttributes } from '../../src/embed/readAttributes';
import { readBenchmark } from '../../src/embed/readBenchmark';
import { readDefinition } from '../../src/embed/readDefinition';
import { peerBenchmark } from '../../stories/fixtures/sampleBenchmark';

/*
 * The embed's peer benchmarks: `benchmark-src` is the one request the kit can make, to the page's own
 * origin only; the inline `<script type="application/json" data-benchmark>` needs none.
 */

const page = { baseUrl: 'https://vendor.example/tools/readiness/', pageOrigin: 'https://vendor.example' };

/** A fetch stub answering `body` with `status`, recording its calls. */
const answering = (body: string, status = 200) => vi.fn(async () => new Response(body, { status }));

/** An element parsed from HTML, as a page would write it. */
function element(html: string): Element {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content.firstElementChild!;
}

describe('loadBenchmark', () => {
  it('resolves a relative URL against the document and fetches it from the same origin, with same-origin credentials only', async () => {
    const fetch = answering(JSON.stringify(peerBenchmark));
    const result = await loadBenchmark('../benchmarks/2025.json', { ...page, fetch });
    expect(result).toEqual({ benchmark: peerBenchmark });
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledWith('https://vendor.example/tools/benchmarks/2025.json', expect.objectContaining({ credentials: 'same-origin', mode: 'same-origin' }));
  });

  it.each([
    ['another host', 'https://tracker.example/benchmark.json', 'https://tracker.example/benchmark.json'],
    ['another scheme', 'http://vendor.example/benchmark.json', 'http://vendor.example/benchmark.json'],
    ['another port', 'https://vendor.example:8443/benchmark.json', 'https://vendor.example:8443/benchmark.json'],
    ['a protocol-relative URL elsewhere', '//cdn.example/benchmark.json', 'https://cdn.example/benchmark.json'],
    ['a data: URL', 'data:application/json,{}', 'data:application/json,{}'],
  ])('refuses %s with a coded issue, before any request', async (_, src, href) => {
    const fetch = answering('{}');
    const result = await loadBenchmark(src, { ...page, fetch });
    expect(result).toEqual({
      issues: [expect.objectContaining({ code: 'benchmark_cross_origin', path: 'benchmark-src', params: { url: href, origin: 'https://vendor.example' } })],
    });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('reports a failed response with its status', async () => {
    const result = await loadBenchmark('/benchmark.json', { ...page, fetch: answering('Not found', 404) });
    expect(result).toEqual({ issues: [expect.objectContaining({ code: 'benchmark_unavailable', params: { url: 'https://vendor.example/benchmark.json', reason: 'HTTP 404' } })] });
  });

  it('reports a request that fails, without throwing', async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    const result = await loadBenchmark('/benchmark.json', { ...page, fetch });
    expect(result).toEqual({ issues: [expect.objectContaining({ code: 'benchmark_unavailable', params: expect.objectContaining({ reason: 'Failed to fetch' }) })] });
  });

  it('reports JSON that does not parse', async () => {
    const result = await loadBenchmark('/benchmark.json', { ...page, fetch: answering('{"format": ') });
    expect(result).toEqual({ issues: [expect.objectContaining({ code: 'invalid_json', path: '' })] });
  });

  it('reports a file that is not a benchmark with the parser’s issues and their paths', async () => {
    const broken = { ...peerBenchmark, segments: [{ ...peerBenchmark.segments[0]!, index: [1, 2, 3] }] };
    const result = await loadBenchmark('/benchmark.json', { ...page, fetch: answering(JSON.stringify(broken)) });
    expect(result).toEqual({ issues: [expect.objectContaining({ code: 'wrong_histogram_length', path: 'segments[0].index' })] });
  });

  it('comes back with nothing when the request is cancelled', async () => {
    const controller = new AbortController();
    const fetch = vi.fn(async () => {
      controller.abort();
      throw new DOMException('The operation was aborted.', 'AbortError');
    });
    expect(await loadBenchmark('/benchmark.json', { ...page, fetch, signal: controller.signal })).toBeNull();
  });
});

describe('the inline benchmark', () => {
  const json = JSON.stringify(peerBenchmark);

  it('is read from the JSON child marked data-benchmark, which is never taken for the definition', () => {
    const el = element(
      `<readiness-assessment><script type="application/json" data-benchmark>${json}</script><script type="application/json">{"id":"mine"}</script></readiness-assessment>`,
    );
    expect(readBenchmark(el)).toEqual({ benchmark: peerBenchmark });
    expect(readDefinition(el)).toEqual({ questionnaire: { id: 'mine' } });
  });

  it('leaves the bundled assessment in place when the benchmark is the only JSON child', () => {
    const el = element(`<readiness-assessment><script type="application/json" data-benchmark>${json}</script></readiness-assessment>`);
    expect(readDefinition(el)).toBeNull();
  });

  it('reports JSON that does not parse, and a file that is not a benchmark', () => {
    expect(readBenchmark(element('<readiness-assessment><script type="application/json" data-benchmark>{"by": </script></readiness-assessment>'))).toEqual({
      issues: [expect.objectContaining({ code: 'invalid_json' })],
    });
    expect(readBenchmark(element('<readiness-assessment><script type="application/json" data-benchmark>{"format":"other"}</script></readiness-assessment>'))).toMatchObject({
      issues: expect.arrayContaining([expect.objectContaining({ path: 'format' })]),
    });
  });

  it('is none without the child', () => {
    expect(readBenchmark(element('<readiness-assessment><script type="application/json">{}</script></readiness-assessment>'))).toBeNull();
  });

  it('comes with a benchmark-src attribute, read and trimmed', () => {
    expect(readAttributes(element('<readiness-assessment benchmark-src=" /b.json "></readiness-assessment>')).benchmarkSrc).toBe('/b.json');
    expect(readAttributes(element('<readiness-assessment></readiness-assessment>')).benchmarkSrc).toBeUndefined();
  });
});
