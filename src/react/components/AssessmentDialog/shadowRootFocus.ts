import type { KeyboardEvent } from 'react';

/*
 * Radix's focus trap reads `document.activeElement`, which inside a shadow root is the host element,
 * not the field: on open it focuses the dialog container and Tab walks out to the host page. These two
 * handlers take over in a shadow root only; in the light DOM Radix's own trap runs untouched.
 */

const TABBABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

/** The shadow root `element` lives in, or `null` in the light DOM. */
function shadowRootOf(element: Element | null): ShadowRoot | null {
  const root = element?.getRootNode();
  return typeof ShadowRoot !== 'undefined' && root instanceof ShadowRoot ? root : null;
}

/** Elements Tab can reach inside `container`: enabled, rendered, and one radio per named group. */
function tabbables(container: Element): HTMLElement[] {
  const seenRadioGroups = new Set<string>();
  return [...container.querySelectorAll<HTMLElement>(TABBABLE)].filter((element) => {
    if (element.getClientRects().length === 0) return false;
    if (element instanceof HTMLInputElement && element.type === 'radio' && element.name) {
      const checkedInGroup = container.querySelector(`input[type="radio"][name="${CSS.escape(element.name)}"]:checked`);
      if (checkedInGroup ? checkedInGroup !== element : seenRadioGroups.has(element.name)) return false;
      seenRadioGroups.add(element.name);
    }
    return true;
  });
}

/** On open inside a shadow root: focus the dialog's first field instead of its container. */
export function focusFirstInShadowRoot(event: Event, content: HTMLElement | null): void {
  if (!content || !shadowRootOf(content)) return;
  event.preventDefault();
  tabbables(content)[0]?.focus();
}

/** Inside a shadow root: Tab from the last field goes to the first, Shift+Tab from the first to the last. */
export function trapTabInShadowRoot(event: KeyboardEvent<HTMLElement>): void {
  const content = event.currentTarget;
  const root = shadowRootOf(content);
  if (!root || event.key !== 'Tab' || event.defaultPrevented) return;
  const reachable = tabbables(content);
  const first = reachable[0];
  const last = reachable[reachable.length - 1];
  if (!first || !last) return;
  const active = root.activeElement;
  const outside = !active || !content.contains(active);
  if (event.shiftKey && (outside || active === first)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (outside || active === last)) {
    event.preventDefault();
    first.focus();
  }
}
