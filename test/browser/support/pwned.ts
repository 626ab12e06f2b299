import { vi } from 'vitest';
import { attackVectors } from '../../e2e/support/attackVectors';

/** Probe copies of the vectors call `__pwned(PROBE_OFFSET + n)`, so their calls never pass for an attack's. */
const PROBE_OFFSET = 100;

/*
 * The vectors whose handlers run last once they are in the page as HTML: an image's error event waits
 * for the failed request, a srcdoc frame for its document and a <details> toggle for a task. When a
 * probe copy of each has fired, any attack vector rendered as HTML before the probe has had its turn.
 */
const SLOWEST = ['onerror=', 'srcdoc=', 'ontoggle='].map((marker) => attackVectors.findIndex((vector) => vector.includes(marker)) + 1);

const calls: number[] = [];

/** Installs `window.__pwned`, which every attack vector calls if it ever runs; call before rendering anything. */
export function installPwnedRecorder(): void {
  (window as unknown as { __pwned: (n: number) => void }).__pwned = (n) => void calls.push(n);
}

/** The vector numbers (1–12) of the attack vectors that ran since the last `clearPwnedCalls`. */
export function attackCalls(): number[] {
  return calls.filter((n) => n < PROBE_OFFSET);
}

/** Forgets every call recorded so far. */
export function clearPwnedCalls(): void {
  calls.length = 0;
}

/**
 * Puts every vector in the page as live HTML (scripts included), renumbered, and waits until the
 * slowest kinds have fired; then removes it. Afterwards `attackCalls()` holds whatever of the attack ran.
 */
export async function settleHandlers(): Promise<void> {
  const probe = document.createElement('div');
  const html = attackVectors.map((vector) => `<div>${vector.replace(/__pwned\((\d+)\)/, (_, n: string) => `__pwned(${PROBE_OFFSET + Number(n)})`)}</div>`);
  document.body.append(probe);
  // A contextual fragment, unlike innerHTML, runs its scripts: the probe is as live as HTML gets.
  probe.append(document.createRange().createContextualFragment(html.join('')));
  try {
    await vi.waitFor(
      () => {
        const missing = SLOWEST.filter((n) => !calls.includes(PROBE_OFFSET + n));
        if (missing.length > 0) throw new Error(`probe vectors ${missing.join(', ')} have not fired yet`);
      },
      { timeout: 10_000, interval: 20 },
    );
  } finally {
    probe.remove();
    const attack = attackCalls();
    calls.length = 0;
    calls.push(...attack);
  }
}
