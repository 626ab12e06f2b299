import { createIssue } from '../core';
import { benchmarkFromText, type EmbeddedBenchmark } from './readBenchmark';

/** Where a `benchmark-src` is resolved and checked, and how it is fetched. */
export interface LoadBenchmarkOptions {
  /** The document's base URL, which a relative `benchmark-src` is resolved against. */
  baseUrl: string;
  /** The page's origin: the only one a benchmark is fetched from. */
  pageOrigin: string;
  /** The fetch to use; the page's by default. */
  fetch?: typeof fetch;
  /** Cancels the request, e.g. when the attribute changes or the element leaves the page. */
  signal?: AbortSignal;
}

const ATTRIBUTE_PATH = ['benchmark-src'];

/**
 * Fetches the peer benchmarks named by the element's `benchmark-src`: the one request the kit can
 * make, and only to the page's own origin. A URL of another origin is refused before any request is
 * made; a failed request, JSON that does not parse and a file that is not a benchmark come back as
 * coded issues, never as an exception. Null when the request was cancelled.
 * @example await loadBenchmark('/benchmarks/2025.json', { baseUrl: document.baseURI, pageOrigin: location.origin })
 */
export async function loadBenchmark(src: string, options: LoadBenchmarkOptions): Promise<EmbeddedBenchmark> {
  const { baseUrl, pageOrigin, signal } = options;
  let url: URL;
  try {
    url = new URL(src, baseUrl);
  } catch {
    return { issues: [createIssue('benchmark_unavailable', ATTRIBUTE_PATH, { url: src, reason: 'not a URL' })] };
  }
  // `data:`, `blob:` and `javascript:` URLs have the origin "null": refused like any other origin.
  if (url.origin !== pageOrigin) return { issues: [createIssue('benchmark_cross_origin', ATTRIBUTE_PATH, { url: url.href, origin: pageOrigin })] };
  const request = options.fetch ?? globalThis.fetch;
  try {
    // `mode: 'same-origin'` has the browser refuse a redirect to another origin as well.
    const response = await request(url.href, { credentials: 'same-origin', mode: 'same-origin', headers: { Accept: 'application/json' }, signal });
    if (!response.ok) return { issues: [createIssue('benchmark_unavailable', ATTRIBUTE_PATH, { url: url.href, reason: `HTTP ${response.status}` })] };
    return benchmarkFromText(await response.text());
  } catch (error) {
    if (signal?.aborted) return null;
    const reason = error instanceof Error ? error.message : String(error);
    return { issues: [createIssue('benchmark_unavailable', ATTRIBUTE_PATH, { url: url.href, reason })] };
  }
}
