import { useEffect, useLayoutEffect } from 'react';

/**
 * `useLayoutEffect` in the browser, `useEffect` on a server (where React 18 warns about layout
 * effects). For focus moves, which must land before the next key press: a passive effect may run a
 * frame later (Preact schedules it after paint), long enough for a fast typist's key to go astray.
 */
export const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;
