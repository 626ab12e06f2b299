import type { Page } from 'playwright-core';

/** The computed styles inside an element's shadow root: property names once, then each element's values in that order. */
export interface ShadowStyles {
  properties: string[];
  /** One entry per element (and per `::before`/`::after` that has content), keyed by position, tag and class. */
  elements: { key: string; values: string[] }[];
}

/**
 * Every computed property (all of them, as `getComputedStyle` lists them) of every element inside
 * the shadow root of the first `selector`, and of each `::before` and `::after` that draws something.
 */
export function everyComputedStyle(page: Page, selector: string): Promise<ShadowStyles> {
  return page.evaluate((hostSelector) => {
    const root = document.querySelector(hostSelector)!.shadowRoot!;
    const properties = Array.from(getComputedStyle(root.host));
    const elements: { key: string; values: string[] }[] = [];
    const read = (key: string, style: CSSStyleDeclaration) => elements.push({ key, values: properties.map((name) => style.getPropertyValue(name)) });
    root.querySelectorAll('*').forEach((element, index) => {
      const key = `${index}:${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''}`;
      read(key, getComputedStyle(element));
      for (const pseudo of ['::before', '::after'] as const) {
        const style = getComputedStyle(element, pseudo);
        if (style.content !== 'none' && style.content !== 'normal') read(`${key}${pseudo}`, style);
      }
    });
    return { properties, elements };
  }, selector);
}

/** Every difference between two readings, as `element property: before → after`; empty when identical. */
export function styleDifferences(before: ShadowStyles, after: ShadowStyles): string[] {
  const differences: string[] = [];
  const positionAfter = new Map(after.properties.map((name, at) => [name, at]));
  const count = Math.max(before.elements.length, after.elements.length);
  for (let index = 0; index < count; index += 1) {
    const a = before.elements[index];
    const b = after.elements[index];
    if (!a || !b || a.key !== b.key) {
      differences.push(`element ${index}: ${a?.key ?? '(none)'} → ${b?.key ?? '(none)'}`);
      continue;
    }
    before.properties.forEach((name, at) => {
      const other = b.values[positionAfter.get(name) ?? -1];
      if (a.values[at] !== other) differences.push(`${a.key} ${name}: ${a.values[at]} → ${other}`);
    });
  }
  return differences;
}
