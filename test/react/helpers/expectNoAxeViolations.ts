import { expect } from 'vitest';
import { axe } from 'vitest-axe';

/**
 * Runs axe on an element and fails with each violation's rule and nodes. Colour contrast is off:
 * jsdom has no layout or canvas, so it is checked in real Chromium by the Storybook tests instead.
 */
export async function expectNoAxeViolations(element: Element): Promise<void> {
  const results = await axe(element, { rules: { 'color-contrast': { enabled: false } } });
  const violations = results.violations.map(
    (violation) => `${violation.id}: ${violation.help}\n  ${violation.nodes.map((node) => node.html).join('\n  ')}`,
  );
  expect(violations).toEqual([]);
}
