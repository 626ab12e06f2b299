import { useEffect, useRef, useState } from 'react';
import type { Issue, PeerBenchmark } from '../core';
import { useIsomorphicLayoutEffect } from '../react/utils/useIsomorphicLayoutEffect';
import { loadBenchmark } from './loadBenchmark';
import type { EmbeddedBenchmark } from './readBenchmark';

/**
 * The benchmark the embedded result compares with: fetched from `src` when the element has a
 * `benchmark-src` (again when it changes), else the inline one. Issues go to `onIssues`; the
 * assessment runs on without a benchmark meanwhile and after a failure.
 */
export function useEmbeddedBenchmark(
  src: string | undefined,
  inline: EmbeddedBenchmark,
  onIssues: ((issues: readonly Issue[]) => void) | undefined,
): PeerBenchmark | undefined {
  const [loaded, setLoaded] = useState<{ src: string; benchmark: PeerBenchmark } | null>(null);
  // The element hands a new callback on every render: the latest is called, the request is not restarted.
  const latest = useRef(onIssues);
  useIsomorphicLayoutEffect(() => {
    latest.current = onIssues;
  });

  useEffect(() => {
    if (!src) return;
    const controller = new AbortController();
    void loadBenchmark(src, { baseUrl: document.baseURI, pageOrigin: window.location.origin, signal: controller.signal }).then((result) => {
      if (!result || controller.signal.aborted) return;
      if ('issues' in result) latest.current?.(result.issues);
      else setLoaded({ src, benchmark: result.benchmark });
    });
    return () => controller.abort();
  }, [src]);

  if (src) return loaded?.src === src ? loaded.benchmark : undefined;
  return inline && 'benchmark' in inline ? inline.benchmark : undefined;
}
