import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One axe violation, as a readable line: rule, impact and the elements it found. */
export type AxeFinding = string;

/**
 * Runs axe-core (colour contrast included) on what `selector` matches, open shadow roots included,
 * and returns its violations as lines. axe is evaluated through the DevTools protocol, which the
 * page's Content-Security-Policy does not govern, so the page under test keeps its strict policy.
 */
export async function axeViolations(page: Page, selector: string): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (include) => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const results = await axe.run({ include: [include] }, { resultTypes: ['violations'] });
    return results.violations.map(
      (violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => `${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`).join('; ')}`,
    );
  }, selector);
}
