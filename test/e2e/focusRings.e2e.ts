import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, type OpenedPage } from './support/openPage';
import { serveStatic, type StaticServer } from './support/staticServer';
import { openStory, storybookDir } from './support/storybookStories';

/** What has focus now (through shadow roots) and whether a sighted user sees where it is. */
interface FocusedElement {
  /** Tag, role or type, and text: enough to name it in a failure. */
  name: string;
  /** A heading or label the kit focuses by script (tabindex -1), not a control. */
  scripted: boolean;
  /** A ring is drawn: a solid outline of 2 px or more on it, or on the option card of a radio or checkbox. */
  ringed: boolean;
  isBody: boolean;
}

function focused(page: Page): Promise<FocusedElement> {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active || active === document.body) return { name: 'body', scripted: false, ringed: false, isBody: true };
    const hasRing = (element: Element) => {
      const style = getComputedStyle(element);
      return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    };
    const card = active.matches('input[type="radio"], input[type="checkbox"]') ? active.closest('label') : null;
    const role = active.getAttribute('role') ?? active.getAttribute('type') ?? '';
    return {
      name: `${active.tagName.toLowerCase()}${role ? `[${role}]` : ''} "${(active.textContent ?? '').trim().slice(0, 40)}"`,
      scripted: active.getAttribute('tabindex') === '-1',
      ringed: hasRing(active) || (card !== null && hasRing(card)),
      isBody: false,
    };
  });
}

/** Presses Tab until focus leaves the story (back to the body) or `limit` presses; returns every stop. */
async function tabThrough(page: Page, limit = 80): Promise<FocusedElement[]> {
  const stops: FocusedElement[] = [];
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    const stop = await focused(page);
    if (stop.isBody) break;
    stops.push(stop);
  }
  return stops;
}

describe('focus rings: on every control reached with the keyboard, never on a heading focused by script', () => {
  let server: StaticServer;
  let opened: OpenedPage;

  beforeAll(async () => {
    server = await serveStatic(storybookDir);
    opened = await openPage(`${server.origin}/iframe.html`, { viewport: { width: 390, height: 844 } });
  });

  afterAll(async () => {
    await opened?.close();
    await server?.close();
  });

  it('the wizard: every option card and button ringed, the next step’s heading focused without one', async () => {
    const { page } = opened;
    await openStory(page, server.origin, 'components-assessmentwizard--default');
    const stops: FocusedElement[] = [];
    // The first step's three questions: Tab into each radio group and pick with Space, then Next with Enter.
    for (let presses = 0; presses < 20; presses += 1) {
      await page.keyboard.press('Tab');
      const stop = await focused(page);
      stops.push(stop);
      if (stop.name.startsWith('input[radio]')) await page.keyboard.press('Space');
      if (stop.name === 'button[submit] "Next"') break;
    }
    expect(stops.at(-1)?.name).toBe('button[submit] "Next"');
    expect(stops.filter((stop) => stop.name.startsWith('input[radio]'))).toHaveLength(3);
    expect(stops.filter((stop) => !stop.ringed)).toEqual([]);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('.rk-Wizard-stepTitle')?.textContent !== 'About your company');
    const heading = await focused(page);
    expect(heading).toMatchObject({ scripted: true, ringed: false });
    expect(heading.name).toMatch(/^h3/);
    // The second step, all the way through to the buttons: every control ringed.
    const second = await tabThrough(page, 60);
    expect(second.length).toBeGreaterThan(5);
    expect(second.filter((stop) => !stop.ringed)).toEqual([]);
  });

  it('the result: "Your result" focused without a ring; every disclosure, button and link ringed', async () => {
    const { page } = opened;
    await openStory(page, server.origin, 'components-assessmentwizard--result');
    const heading = await focused(page);
    expect(heading).toMatchObject({ name: 'h3 "Your result"', scripted: true, ringed: false });
    const stops = await tabThrough(page);
    expect(stops.length).toBeGreaterThanOrEqual(5);
    expect(stops.filter((stop) => !stop.ringed)).toEqual([]);
  });

  it('focus mode: the question’s label focused without a ring, the options ringed', async () => {
    const { page } = opened;
    await openStory(page, server.origin, 'flows-focus-mode--english');
    const stops = await tabThrough(page, 30);
    expect(stops.some((stop) => stop.name.startsWith('input[radio]'))).toBe(true);
    expect(stops.filter((stop) => !stop.ringed)).toEqual([]);
    // A number key picks and moves on; the next question's label takes focus by script.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('1');
    await page.waitForFunction(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active?.getAttribute('tabindex') === '-1';
    });
    expect(await focused(page)).toMatchObject({ scripted: true, ringed: false });
  });

  it.each(['components-assessmentresult--final-english', 'components-kpigrid--all-kpis', 'components-comparisontable--real-profile', 'components-assessmentdialog--closed'])(
    '%s: every control reached with Tab is ringed',
    async (id) => {
      const { page } = opened;
      await openStory(page, server.origin, id);
      const stops = await tabThrough(page);
      expect(stops.length).toBeGreaterThan(0);
      expect(stops.filter((stop) => !stop.ringed)).toEqual([]);
    },
  );
});
