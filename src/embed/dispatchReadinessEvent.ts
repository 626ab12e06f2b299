import type { ReadinessEventMap } from './embed.types';

/** Dispatches one of the element's events: bubbling and composed, so `document` hears it too. */
export function dispatchReadinessEvent<K extends keyof ReadinessEventMap>(
  target: EventTarget,
  type: K,
  detail: ReadinessEventMap[K]['detail'],
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
