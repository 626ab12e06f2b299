import type { EmbedMode } from './embed.types';

/** The element's attributes, read and defaulted. */
export interface EmbedAttributes {
  locale: string | undefined;
  currency: string | undefined;
  mode: EmbedMode;
  triggerLabel: string | undefined;
  storageKey: string | undefined;
  /** Where to fetch peer benchmarks from: same origin as the page only. */
  benchmarkSrc?: string | undefined;
  /** `layout="focus"`: one question per screen; anything else, the step layout. */
  layout?: 'steps' | 'focus';
  /** The `quick-check` attribute is present: start with the definition's quick check (read when the assessment starts). */
  quickCheck?: boolean;
}

/**
 * The attributes that change what is rendered; a change after mount re-renders with the new value.
 * `theme` is not among them: the stylesheet reads it straight off the element (`:host([theme])`).
 * Nor is `quick-check`: it says how an assessment starts, so it is read once, when it starts.
 */
export const OBSERVED_ATTRIBUTES = ['locale', 'currency', 'mode', 'trigger-label', 'storage-key', 'benchmark-src', 'layout'] as const;

/** Reads the attributes; an unknown `mode` falls back to `inline` and an unknown `layout` to `steps`, rather than failing. */
export function readAttributes(element: Element): EmbedAttributes {
  const text = (name: string) => element.getAttribute(name)?.trim() || undefined;
  const mode = text('mode');
  return {
    locale: text('locale'),
    currency: text('currency'),
    mode: mode === 'dialog' ? 'dialog' : 'inline',
    triggerLabel: text('trigger-label'),
    storageKey: text('storage-key'),
    benchmarkSrc: text('benchmark-src'),
    layout: text('layout') === 'focus' ? 'focus' : 'steps',
    // A boolean attribute: present is on, whatever its value, as with `hidden`.
    quickCheck: element.hasAttribute('quick-check'),
  };
}
