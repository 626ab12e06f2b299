import type { Page } from 'playwright-core';

/** What the page heard: the element's DOM events on `document`, and CSP violations. */
export interface PageRecord {
  events: { type: string; target: string; detail: unknown }[];
  cspViolations: string[];
}

declare global {
  interface Window {
    __record: PageRecord;
  }
}

/**
 * Before any page script runs, listens on `document` for the embed's events (proving they bubble out
 * of the shadow root) and for Content-Security-Policy violations (an inline style, an eval).
 * Init scripts run through the DevTools protocol, so the page's own CSP does not block this one.
 */
export async function recordPage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const record: PageRecord = { events: [], cspViolations: [] };
    window.__record = record;
    for (const type of ['readiness:answer', 'readiness:step', 'readiness:complete', 'readiness:error']) {
      document.addEventListener(type, (event) => {
        record.events.push({ type, target: (event.target as Element).tagName.toLowerCase(), detail: (event as CustomEvent).detail });
      });
    }
    document.addEventListener('securitypolicyviolation', (event) => {
      record.cspViolations.push(`${event.violatedDirective}: ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
}

/** What the page recorded so far (events' details as JSON, as a host's listener would send them on). */
export function pageRecord(page: Page): Promise<PageRecord> {
  return page.evaluate(() => JSON.parse(JSON.stringify(window.__record)) as PageRecord);
}

/** The focused element, read through open shadow roots: its tag, text and whether it is in the dialog. */
export function deepFocus(page: Page): Promise<{ tag: string; text: string; inDialog: boolean; inShadowRoot: boolean } | null> {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active || active === document.body) return null;
    return {
      tag: active.tagName.toLowerCase(),
      text: (active.textContent ?? '').trim().slice(0, 80),
      inDialog: active.closest('[role="dialog"]') !== null,
      inShadowRoot: active.getRootNode() instanceof ShadowRoot,
    };
  });
}

/** Properties a hostile page stylesheet would change on a field, a button or a heading. */
const WATCHED_PROPERTIES = [
  'display',
  'box-sizing',
  'margin',
  'padding',
  'border',
  'color',
  'background-color',
  'font-family',
  'font-size',
  'letter-spacing',
  'text-transform',
  'line-height',
  'width',
  'gap',
];

/**
 * The computed styles of every element inside the first `<readiness-assessment>`'s shadow root,
 * keyed by position and tag, for the watched properties.
 */
export function stylesInsideEmbed(page: Page): Promise<Record<string, Record<string, string>>> {
  return page.evaluate((properties) => {
    const root = document.querySelector('readiness-assessment')!.shadowRoot!;
    const styles: Record<string, Record<string, string>> = {};
    root.querySelectorAll('*').forEach((element, index) => {
      const computed = getComputedStyle(element);
      styles[`${index}:${element.tagName.toLowerCase()}.${element.className}`] = Object.fromEntries(
        properties.map((property) => [property, computed.getPropertyValue(property)]),
      );
    });
    return styles;
  }, WATCHED_PROPERTIES);
}
