import type { MouseEvent } from 'react';

/**
 * Follows an in-page link (`#id`) within the kit's own tree, not through the page's URL: the target
 * may sit in a shadow root (the embed), where the URL's fragment cannot reach it, and a host that
 * routes by `location.hash` must not see its route change. Scrolls the target into view and moves
 * focus there (without a ring: it is not a control), so keyboard and screen-reader users land on it.
 * Anything else (a modified click, an http(s) link, a target not found) is left to the browser.
 */
export function followInPageLink(event: MouseEvent<HTMLAnchorElement>): void {
  const href = event.currentTarget.getAttribute('href') ?? '';
  if (!href.startsWith('#') || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const root = event.currentTarget.getRootNode() as Document | ShadowRoot;
  const target = root.getElementById(decodeURIComponent(href.slice(1)));
  if (!target) return;
  event.preventDefault();
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.scrollIntoView?.({ block: 'start' });
  target.focus({ preventScroll: true });
}
