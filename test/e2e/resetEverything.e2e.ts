import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import enterpriseSaas from '../../examples/answers/enterprise-saas.json';
import type { Answers, Questionnaire } from '../../src/core';
import { axeViolations } from './support/axeInPage';
import { closeCleanPage } from './support/closeCleanPage';
import { completeWithKeyboard } from './support/completeWithKeyboard';
import { recordPage } from './support/embedProbe';
import { everyComputedStyle, styleDifferences, type ShadowStyles } from './support/everyComputedStyle';
import { openPage, type OpenedPage } from './support/openPage';
import { prepareExample } from './support/prepareExample';
import { serveStatic, type StaticServer } from './support/staticServer';

const { socialMediaAssessment } = (await import('../../dist/social-media.js')) as { socialMediaAssessment: Questionnaire };

const ELEMENT = 'readiness-assessment';
const PAGE = 'reset-everything.html';
const RESET = 'reset-everything.css';

/** Waits for the widget's transitions and entrances to end, so each reading is of what settles. */
const settle = (page: Page) =>
  page.locator(ELEMENT).evaluate((host) => Promise.all(host.shadowRoot!.getAnimations().map((animation) => animation.finished)));

describe(`examples/plain-html/${PAGE}: a page with * { all: unset !important } and page-level font, colour and size rules`, () => {
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

  /** Opens the page, with its reset stylesheet or with that one request answered by an empty sheet. */
  async function open(withReset: boolean): Promise<Page> {
    const page = await openPage(`${server.origin}/${PAGE}`, {
      beforeNavigate: async (tab) => {
        await recordPage(tab);
        if (!withReset) await tab.route(`**/${RESET}`, (route) => route.fulfill({ status: 200, contentType: 'text/css', body: '' }));
      },
    });
    opened.push(page);
    await page.page.locator(`${ELEMENT} .rk-Wizard`).waitFor();
    await settle(page.page);
    return page.page;
  }

  /** The widget's styles at the first step and at the result, after completing it with the keyboard. */
  async function readBoth(page: Page): Promise<{ first: ShadowStyles; result: ShadowStyles }> {
    const first = await everyComputedStyle(page, ELEMENT);
    await completeWithKeyboard(page, socialMediaAssessment, enterpriseSaas as Answers);
    await page.locator(`${ELEMENT} .rk-Wizard-result`).waitFor();
    await settle(page);
    return { first, result: await everyComputedStyle(page, ELEMENT) };
  }

  it('leaves every computed style inside the shadow root as it is without the reset, at the first step and at the result', async () => {
    const plain = await open(false);
    // The page's rules do apply to the page itself: the reset is really there to resist.
    expect(await plain.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(255, 0, 255)');
    const without = await readBoth(plain);

    const reset = await open(true);
    expect(await reset.locator(ELEMENT).evaluate((host) => getComputedStyle(host).display)).toBe('inline');
    expect(await reset.evaluate(() => getComputedStyle(document.querySelector('h1')!).fontSize)).toBe('40px');
    const first = await everyComputedStyle(reset, ELEMENT);
    expect(first.elements.length).toBeGreaterThan(40);
    expect(first.properties.length).toBeGreaterThan(300);
    expect(styleDifferences(without.first, first), 'the first step').toEqual([]);
    expect(await axeViolations(reset, ELEMENT), 'axe on the first step, beside the reset').toEqual([]);

    await completeWithKeyboard(reset, socialMediaAssessment, enterpriseSaas as Answers);
    await reset.locator(`${ELEMENT} .rk-Wizard-result`).waitFor();
    await settle(reset);
    const result = await everyComputedStyle(reset, ELEMENT);
    expect(result.elements.length).toBeGreaterThan(first.elements.length);
    expect(styleDifferences(without.result, result), 'the result').toEqual([]);
    expect(await axeViolations(reset, ELEMENT), 'axe on the result, beside the reset').toEqual([]);
  });
});
