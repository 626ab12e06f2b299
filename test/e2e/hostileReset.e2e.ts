import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import enterpriseSaas from '../../examples/answers/enterprise-saas.json';
import type { Answers, Questionnaire } from '../../src/core';
import { axeViolations } from './support/axeInPage';
import { closeCleanPage } from './support/closeCleanPage';
import { completeWithKeyboard } from './support/completeWithKeyboard';
import { deepFocus, recordPage } from './support/embedProbe';
import { everyComputedStyle, styleDifferences, type ShadowStyles } from './support/everyComputedStyle';
import { openPage, type OpenedPage } from './support/openPage';
import { prepareExample } from './support/prepareExample';
import { serveStatic, type StaticServer } from './support/staticServer';

const { socialMediaAssessment } = (await import('../../dist/social-media.js')) as { socialMediaAssessment: Questionnaire };

const ELEMENT = 'readiness-assessment';
const PAGE = 'hostile-reset.html';
/** The page's hostile stylesheets; its layout (hostile-reset-layout.css) loads on both pages. */
const HOSTILE_SHEETS = /\/(hostile-reset-page|reset-everything)\.css$/;
const TRIGGER = 'Check your B2B readiness';

/** Waits for the widget's transitions and entrances to end, so each reading is of what settles. */
const settle = (page: Page) =>
  page.locator(ELEMENT).evaluate((host) => Promise.all(host.shadowRoot!.getAnimations().map((animation) => animation.finished)));

/** Every difference, counted: a failure shows how many and the first few, not thousands of lines. */
const summary = (differences: string[]) => ({ count: differences.length, first: differences.slice(0, 25) });
const NONE = { count: 0, first: [] };

describe(`examples/plain-html/${PAGE}: * { all: unset !important } and hostile html and body rules against the same page without them`, () => {
  let server: StaticServer;
  const opened: OpenedPage[] = [];

  beforeAll(async () => {
    const dir = await prepareExample('plain-html');
    server = await serveStatic(join(dir, 'dist'));
  });

  afterAll(async () => {
    await server?.close();
  });

  afterEach(async () => {
    for (const page of opened.splice(0)) await closeCleanPage(page);
  });

  /** Opens the page with its hostile stylesheets, or with those two requests answered by empty sheets. */
  async function open(hostile: boolean): Promise<Page> {
    const page = await openPage(`${server.origin}/${PAGE}`, {
      beforeNavigate: async (tab) => {
        await recordPage(tab);
        if (!hostile) await tab.route(HOSTILE_SHEETS, (route) => route.fulfill({ status: 200, contentType: 'text/css', body: '' }));
      },
    });
    opened.push(page);
    await page.page.locator(`${ELEMENT} button`, { hasText: TRIGGER }).waitFor();
    const body = await page.page.evaluate(() => ({ color: getComputedStyle(document.body).color, rootSize: getComputedStyle(document.documentElement).fontSize }));
    // The hostile rules really are in force on the page around the widget, and only on the hostile page.
    if (hostile) expect(body).toEqual({ color: 'rgb(255, 0, 255)', rootSize: '40px' });
    else expect(body).toEqual({ color: 'rgb(0, 0, 0)', rootSize: '16px' });
    // The reset reaches the host element itself: `:host { display: block }` lost to it.
    expect(await page.page.locator(ELEMENT).evaluate((host) => getComputedStyle(host).display)).toBe(hostile ? 'inline' : 'block');
    await settle(page.page);
    return page.page;
  }

  /** The widget's styles on the closed trigger, at the dialog's first step, and at the result reached with the keyboard. */
  async function throughTheDialog(page: Page): Promise<Record<'trigger' | 'first' | 'result', ShadowStyles>> {
    const trigger = await everyComputedStyle(page, ELEMENT);
    await page.keyboard.press('Tab');
    expect(await deepFocus(page)).toMatchObject({ tag: 'button', text: TRIGGER });
    await page.keyboard.press('Enter');
    await page.locator(`${ELEMENT} [role=dialog]`).waitFor();
    await expect.poll(() => deepFocus(page)).toMatchObject({ inDialog: true, inShadowRoot: true });
    await settle(page);
    const first = await everyComputedStyle(page, ELEMENT);
    await completeWithKeyboard(page, socialMediaAssessment, enterpriseSaas as Answers);
    await page.locator(`${ELEMENT} [role=dialog] .rk-Wizard-result`).waitFor();
    await settle(page);
    return { trigger, first, result: await everyComputedStyle(page, ELEMENT) };
  }

  it('leaves every computed style inside the shadow root, dialog included, as on the plain page: closed, at the first step and at the result', async () => {
    const plain = await throughTheDialog(await open(false));
    const page = await open(true);
    const hostile = await throughTheDialog(page);
    // What is compared: every property getComputedStyle lists, on every element the shadow root holds.
    expect(hostile.first.properties.length).toBeGreaterThan(300);
    expect(hostile.first.elements.length).toBeGreaterThan(40);
    expect(hostile.result.elements.length).toBeGreaterThan(hostile.first.elements.length);

    // Soft, so that a failure reports all three counts.
    expect.soft(summary(styleDifferences(plain.trigger, hostile.trigger)), 'the closed dialog trigger').toEqual(NONE);
    expect.soft(summary(styleDifferences(plain.first, hostile.first)), 'the dialog at its first step').toEqual(NONE);
    expect.soft(summary(styleDifferences(plain.result, hostile.result)), 'the dialog at the result').toEqual(NONE);
    expect(await axeViolations(page, ELEMENT), 'axe on the result in the dialog, on the hostile page').toEqual([]);
  });

  it('leaves every computed style inside the shadow root of the inline wizard as on the plain page, at the first step and at the result', async () => {
    const readings: Record<'first' | 'result', ShadowStyles>[] = [];
    for (const hostile of [false, true]) {
      const page = await open(hostile);
      await page.locator(ELEMENT).evaluate((host) => host.removeAttribute('mode'));
      await page.locator(`${ELEMENT} .rk-Wizard`).waitFor();
      await settle(page);
      const first = await everyComputedStyle(page, ELEMENT);
      if (hostile) expect(await axeViolations(page, ELEMENT), 'axe on the first step, on the hostile page').toEqual([]);
      await completeWithKeyboard(page, socialMediaAssessment, enterpriseSaas as Answers);
      await page.locator(`${ELEMENT} .rk-Wizard-result`).waitFor();
      await settle(page);
      readings.push({ first, result: await everyComputedStyle(page, ELEMENT) });
      if (hostile) expect(await axeViolations(page, ELEMENT), 'axe on the result, on the hostile page').toEqual([]);
    }
    const [plain, hostile] = readings as [Record<'first' | 'result', ShadowStyles>, Record<'first' | 'result', ShadowStyles>];
    expect(hostile.result.elements.length).toBeGreaterThan(hostile.first.elements.length);
    expect.soft(summary(styleDifferences(plain.first, hostile.first)), 'the inline wizard at its first step').toEqual(NONE);
    expect.soft(summary(styleDifferences(plain.result, hostile.result)), 'the inline wizard at the result').toEqual(NONE);
  });

  it('still lets the page brand the widget with --rk- tokens through the reset', async () => {
    const page = await open(true);
    await page.locator(ELEMENT).evaluate((host) => host.style.setProperty('--rk-color-accent', 'rgb(128, 0, 128)'));
    // Polled: the button eases its colour change (a transition).
    await expect
      .poll(() => page.locator(`${ELEMENT} button`, { hasText: TRIGGER }).evaluate((button) => getComputedStyle(button).backgroundColor))
      .toBe('rgb(128, 0, 128)');
  });

  it('keeps the widget inside the host element, so the page goes on below it, whatever display the page gives the host', async () => {
    /** The widget's box, the host's and the page's heading after it, in the inline wizard. */
    const boxes = (page: Page) =>
      page.evaluate(() => {
        const host = document.querySelector('readiness-assessment')!;
        const widget = host.shadowRoot!.firstElementChild!.getBoundingClientRect();
        return { widget: widget.bottom, host: host.getBoundingClientRect().bottom, heading: document.querySelector('h1')!.getBoundingClientRect().top };
      });
    for (const [hostile, display] of [[false, ''], [false, 'block'], [true, '']] as const) {
      const page = await open(hostile);
      await page.locator(ELEMENT).evaluate((host, value) => {
        host.removeAttribute('mode');
        // A site's own rule for the element, as examples/plain-html/public/site.css has.
        if (value) Object.assign(host.style, { display: value, padding: '24px' });
      }, display);
      await page.locator(`${ELEMENT} .rk-Wizard`).waitFor();
      const { widget, host, heading } = await boxes(page);
      expect(widget, `hostile: ${hostile}, display: ${display || "the kit's"}`).toBeGreaterThan(1000);
      // The reset makes the host an inline box, whose bounds say nothing; the heading after it still starts below.
      if (!hostile) expect(host, 'the host ends below the widget (after its padding, if any)').toBe(widget + (display ? 24 : 0));
      expect(heading, "the page's heading starts below the widget").toBeGreaterThanOrEqual(widget);
    }
  });

  it('leaves the page in charge of the element itself: its width, hiding it, and hiding what contains it', async () => {
    const page = await open(false);
    const trigger = page.locator(`${ELEMENT} button`, { hasText: TRIGGER });
    const shown = () => trigger.evaluate((button) => ({ visibility: getComputedStyle(button).visibility, boxes: button.getClientRects().length }));

    await page.locator(ELEMENT).evaluate((host) => (host.style.width = '300px'));
    expect(await page.locator(`${ELEMENT}`).evaluate((host) => host.shadowRoot!.firstElementChild!.getBoundingClientRect().width)).toBe(300);

    // A closed off-canvas panel or accordion hides its content with `visibility: hidden`: the widget in it
    // must be hidden too, and out of the tab order, not drawn and focusable over the page.
    await page.evaluate(() => (document.body.style.visibility = 'hidden'));
    expect(await shown()).toEqual({ visibility: 'hidden', boxes: 1 });
    await page.keyboard.press('Tab');
    expect(await deepFocus(page)).toBeNull();
    await page.evaluate(() => (document.body.style.visibility = ''));
    expect(await shown()).toEqual({ visibility: 'visible', boxes: 1 });

    await page.locator(ELEMENT).evaluate((host) => (host.style.visibility = 'hidden'));
    expect(await shown()).toEqual({ visibility: 'hidden', boxes: 1 });
    await page.locator(ELEMENT).evaluate((host) => {
      host.style.visibility = '';
      host.setAttribute('hidden', '');
    });
    expect(await shown()).toEqual({ visibility: 'visible', boxes: 0 });
  });
});
