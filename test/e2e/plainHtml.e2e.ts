import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import manufacturer from '../../examples/answers/b2b-manufacturer-instagram.json';
import enterpriseSaas from '../../examples/answers/enterprise-saas.json';
import type { Answers, Issue, Profile, Questionnaire } from '../../src/core';
import { localise, normaliseLocale } from '../../src/core';
import { resolveUiMessages } from '../../src/react/i18n/resolveUiMessages';
import { miniQuestionnaire } from '../fixtures/miniQuestionnaire';
import { axeViolations } from './support/axeInPage';
import { closeCleanPage } from './support/closeCleanPage';
import { completeWithKeyboard } from './support/completeWithKeyboard';
import { deepFocus, pageRecord, recordPage, stylesInsideEmbed } from './support/embedProbe';
import { openPage, type OpenedPage } from './support/openPage';
import { prepareExample } from './support/prepareExample';
import { expectResultToMatch, readResult, saveScreenshot } from './support/readResult';
import { serveStatic, type StaticServer } from './support/staticServer';

// The expectation comes from the built core: the same code the page's embed.global.js bundles.
const builtCore = '../../dist/core.js';
const builtContent = '../../dist/social-media.js';
const { parseQuestionnaire, scoreAnswers } = (await import(builtCore)) as {
  parseQuestionnaire: (definition: unknown) => { ok: boolean; issues: Issue[] };
  scoreAnswers: (questionnaire: Questionnaire, answers: Answers) => Profile;
};
const { socialMediaAssessment } = (await import(builtContent)) as { socialMediaAssessment: Questionnaire };

/** A definition that parses as JSON but fails validation. */
const invalidDefinition = { id: 'broken', version: 1, title: 'Broken', sections: 'none' };

const ELEMENT = 'readiness-assessment';

describe('examples/plain-html: the script-tag embed, from the packed tarball, under a strict CSP and a hostile stylesheet', () => {
  let server: StaticServer;
  let opened: OpenedPage | undefined;

  beforeAll(async () => {
    const dir = await prepareExample('plain-html');
    server = await serveStatic(join(dir, 'dist'));
  });

  afterAll(async () => {
    await server?.close();
  });

  afterEach(async () => {
    const page = opened;
    opened = undefined;
    if (page) await closeCleanPage(page);
  });

  /** Opens the example page with the recorder installed before its scripts run, after `prepare`. */
  async function open(prepare?: (page: OpenedPage['page']) => Promise<void>): Promise<OpenedPage> {
    opened = await openPage(`${server.origin}/`, {
      beforeNavigate: async (page) => {
        await recordPage(page);
        await prepare?.(page);
      },
    });
    await opened.page.locator(`${ELEMENT} .rk-Wizard`).waitFor();
    return opened;
  }

  it('completes inline with the keyboard, shows the profile scoreAnswers gives and sends it in readiness:complete', async () => {
    const { page } = await open();
    expect(await axeViolations(page, ELEMENT), 'axe on the first step, beside the hostile stylesheet').toEqual([]);
    const answers = enterpriseSaas as Answers;
    await completeWithKeyboard(page, socialMediaAssessment, answers);
    const expected = scoreAnswers(socialMediaAssessment, answers);
    expectResultToMatch(await readResult(page), expected, { questionnaire: socialMediaAssessment });
    expect(await axeViolations(page, ELEMENT), 'axe on the result').toEqual([]);
    await saveScreenshot(page, 'plain-html-result');

    const { events } = await pageRecord(page);
    const complete = events.filter((event) => event.type === 'readiness:complete');
    expect(complete).toHaveLength(1);
    expect(complete[0]!.target).toBe(ELEMENT);
    expect(complete[0]!.detail).toEqual(JSON.parse(JSON.stringify({ profile: expected, answers, lead: {} })));
    expect(events.filter((event) => event.type === 'readiness:answer').length).toBeGreaterThanOrEqual(Object.keys(answers).length);
    expect(events.some((event) => event.type === 'readiness:step')).toBe(true);
  });

  it('keeps the hostile stylesheet out of the shadow root, and its own styles out of the page', async () => {
    const { page } = await open();
    const pageHeading = () => page.locator('header h1').evaluate((h1) => getComputedStyle(h1).color);
    const withHostile = await stylesInsideEmbed(page);
    const hostileHeading = await pageHeading();
    await page.locator('link[href="hostile.css"]').evaluate((link) => link.remove());
    const withoutHostile = await stylesInsideEmbed(page);

    expect(hostileHeading).toBe('rgb(22, 163, 74)'); // the page's own h1 rule: hostile.css did apply outside
    expect(await pageHeading()).not.toBe(hostileHeading);
    expect(Object.keys(withHostile).length).toBeGreaterThan(50);
    expect(withHostile).toEqual(withoutHostile);
    // The kit added no stylesheet to the page itself: its styles live in the shadow root only.
    const pageSheets = await page.evaluate(() => [[...document.styleSheets].map((sheet) => new URL(sheet.href!).pathname), document.adoptedStyleSheets.length]);
    expect(pageSheets).toEqual([['/site.css'], 0]);
  });

  it('follows a theme set from outside: the theme attribute (light, dark, auto) and --rk- custom properties on the element', async () => {
    const { page } = await open();
    const element = page.locator(ELEMENT);
    const next = page.locator(`${ELEMENT} button[type=submit]`);
    const background = () => element.evaluate((host) => getComputedStyle(host).backgroundColor);
    expect(await background()).toBe('rgb(255, 255, 255)');

    await element.evaluate((host) => host.setAttribute('theme', 'dark'));
    expect(await background()).toBe('rgb(15, 23, 42)');
    await saveScreenshot(page, 'plain-html-dark');
    expect(await axeViolations(page, ELEMENT), 'axe in the dark theme').toEqual([]);

    // `auto` follows the system: light here until the page reports a dark preference.
    await element.evaluate((host) => host.setAttribute('theme', 'auto'));
    expect(await background()).toBe('rgb(255, 255, 255)');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).toBe('rgb(15, 23, 42)');

    await element.evaluate((host) => host.style.setProperty('--rk-color-accent', 'rgb(128, 0, 128)'));
    // Polled: the button eases its colour change (a transition), as it does on hover.
    await expect.poll(() => next.evaluate((button) => getComputedStyle(button).backgroundColor)).toBe('rgb(128, 0, 128)');
  });

  it('switches to dialog mode after mount, keeps focus inside its shadow root, completes there and closes on Escape', async () => {
    const { page } = await open();
    await page.locator(ELEMENT).evaluate((host) => {
      host.setAttribute('mode', 'dialog');
      host.setAttribute('trigger-label', 'Check your B2B readiness');
    });
    const trigger = page.locator(`${ELEMENT} button`, { hasText: 'Check your B2B readiness' });
    await trigger.waitFor();
    expect(await page.locator(`${ELEMENT} [role=dialog]`).count()).toBe(0);

    await page.keyboard.press('Tab');
    expect(await deepFocus(page)).toMatchObject({ tag: 'button', text: 'Check your B2B readiness' });
    await page.keyboard.press('Enter');
    await page.locator(`${ELEMENT} [role=dialog]`).waitFor();
    // Focus moves in an effect after the dialog mounts.
    await expect.poll(() => deepFocus(page)).toMatchObject({ inDialog: true, inShadowRoot: true });
    expect(await page.locator(ELEMENT).getAttribute('aria-hidden')).toBeNull();
    // The dialog fades in: let it finish so the screenshot shows what the respondent sees.
    await page.locator(ELEMENT).evaluate((host) => Promise.all(host.shadowRoot!.getAnimations().map((animation) => animation.finished)));
    await saveScreenshot(page, 'plain-html-dialog');
    expect(await axeViolations(page, ELEMENT), 'axe on the open dialog').toEqual([]);

    // Round the whole dialog both ways: focus never reaches the page behind it.
    for (const key of [...Array(40).fill('Tab'), ...Array(40).fill('Shift+Tab')] as string[]) {
      await page.keyboard.press(key);
      expect(await deepFocus(page), `after ${key}`).toMatchObject({ inDialog: true });
    }

    const answers = manufacturer as Answers;
    await completeWithKeyboard(page, socialMediaAssessment, answers);
    expectResultToMatch(await readResult(page), scoreAnswers(socialMediaAssessment, answers), { questionnaire: socialMediaAssessment });
    const { events } = await pageRecord(page);
    expect(events.filter((event) => event.type === 'readiness:complete')).toHaveLength(1);

    await page.keyboard.press('Escape');
    await page.locator(`${ELEMENT} [role=dialog]`).waitFor({ state: 'detached' });
    await expect.poll(() => deepFocus(page)).toMatchObject({ tag: 'button', text: 'Check your B2B readiness' });
  });

  it('switches language when the locale attribute changes, keeping the answers', async () => {
    const { page } = await open();
    const b2b = page.locator(`${ELEMENT} [data-question="market"] input[value="b2b"]`);
    await b2b.focus();
    await page.keyboard.press('Space');
    for (const locale of ['ha', 'zh-TW']) {
      await page.locator(ELEMENT).evaluate((host, value) => host.setAttribute('locale', value), locale);
      const words = resolveUiMessages(locale);
      await expect.poll(() => page.locator(`${ELEMENT} button[type=submit]`).textContent()).toBe(words['wizard.next']);
      expect(await page.locator(`${ELEMENT} .rk-Wizard-title`).textContent()).toBe(localise(socialMediaAssessment.title, normaliseLocale(locale)));
      expect(await b2b.isChecked()).toBe(true);
    }
    expect(await page.locator(`${ELEMENT} .rk-Wizard`).getAttribute('lang')).toBe('zh-Hant-TW');
  });

  it('shows the readable error panel for an invalid or unparsable definition, and reports it in readiness:error and the console', async () => {
    const session = await open();
    const { page } = session;
    await page.evaluate(
      ([tag, invalid]) => {
      for (const [id, json] of [
        ['invalid', invalid],
        ['unparsable', '{"id": "broken",'],
      ]) {
        const element = document.createElement(tag);
        element.id = id!;
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = json!;
        element.append(script);
        document.body.append(element);
      }
      },
      [ELEMENT, JSON.stringify(invalidDefinition)] as const,
    );
    const expectedIssues = parseQuestionnaire(invalidDefinition).issues;
    expect(expectedIssues.length).toBeGreaterThan(0);
    const invalidPanel = page.locator(`#invalid .rk-ErrorPanel`);
    const unparsablePanel = page.locator(`#unparsable .rk-ErrorPanel`);
    await expect.poll(() => invalidPanel.count()).toBe(1);
    expect(await invalidPanel.getAttribute('role')).toBe('alert');
    expect(await invalidPanel.locator('.rk-ErrorPanel-code').allTextContents()).toEqual(expectedIssues.map((issue) => `[${issue.code}]`));
    expect(await invalidPanel.locator('.rk-ErrorPanel-path').allTextContents()).toEqual(expectedIssues.map((issue) => issue.path || '(root)'));
    expect(await unparsablePanel.locator('.rk-ErrorPanel-code').allTextContents()).toEqual(['[invalid_json]']);

    const reported = (await pageRecord(page)).events.filter((event) => event.type === 'readiness:error');
    expect(reported.map((event) => event.detail)).toEqual([
      { issues: expectedIssues },
      { issues: [expect.objectContaining({ code: 'invalid_json', path: '' })] },
    ]);
    // Each panel logs its issues once for the site's developers: expected here, so kept out of the clean-page check.
    const logged = session.consoleErrors.filter((line) => line.startsWith('error: readiness-kit: the assessment cannot be shown'));
    expect(logged).toHaveLength(2);
    expect(logged.join('\n')).toContain('[invalid_json]');
    const others = session.consoleErrors.filter((line) => !logged.includes(line));
    session.consoleErrors.splice(0, session.consoleErrors.length, ...others);
  });

  it('offers saved answers after a reload (storage-key), and unmounts cleanly when removed and keeps them when put back', async () => {
    const { page } = await open();
    const firstChoice = page.locator(`${ELEMENT} [data-question="market"] input[value="b2b"]`);
    await firstChoice.focus();
    await page.keyboard.press('Space');
    expect(await firstChoice.isChecked()).toBe(true);
    // Written after a pause in answering (400 ms), not on the keystroke.
    await expect.poll(() => page.evaluate(() => localStorage.getItem('acme-readiness'))).not.toBeNull();
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('acme-readiness')!))).toMatchObject({
      format: 'readiness-kit/snapshot',
      questionnaire: { id: socialMediaAssessment.id, version: socialMediaAssessment.version },
      answers: { market: 'b2b' },
    });

    await page.reload();
    const resume = page.locator(`${ELEMENT} button`, { hasText: resolveUiMessages('en')['resume.continue'] });
    await resume.waitFor();
    expect(await page.locator(`${ELEMENT} [data-question="market"] input[value="b2b"]`).isChecked()).toBe(false);
    await resume.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(`${ELEMENT} [data-question="market"] input[value="b2b"]`).isChecked()).toBe(true);

    const element = page.locator(ELEMENT);
    await element.evaluate((host) => {
      (window as unknown as { parked: Element }).parked = host;
      host.remove();
    });
    expect(await page.locator(`${ELEMENT}`).count()).toBe(0);
    await page.evaluate(() => document.querySelector('main')!.append((window as unknown as { parked: Element }).parked));
    await page.locator(`${ELEMENT} .rk-Wizard`).waitFor();
    expect(await page.locator(`${ELEMENT} [data-question="market"] input[value="b2b"]`).isChecked()).toBe(true);
  });

  it('reads a custom definition even when its script runs before the element is parsed (no defer)', async () => {
    const definition = miniQuestionnaire();
    const { page } = await open(async (page) => {
      // A page of the same origin whose script tag blocks in <head>, as many CMS templates write it.
      await page.route('**/early.html', (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><html lang="en"><head><title>Early</title><link rel="icon" href="data:,">
            <script src="embed.global.js"></script></head><body><main>
            <readiness-assessment><script type="application/json">${JSON.stringify(definition)}</script></readiness-assessment>
            </main></body></html>`,
        }),
      );
    });
    await page.goto(`${server.origin}/early.html`);
    await page.locator(`${ELEMENT} .rk-Wizard`).waitFor();
    expect(await page.locator(`${ELEMENT} .rk-Wizard-title`).textContent()).toBe(definition.title);
    expect(await page.locator(`${ELEMENT} [data-question]`).first().getAttribute('data-question')).toBe(definition.sections[0]!.questions[0]!.id);
  });

  it('carries on in memory when storage refuses to save, and reports it once', async () => {
    const { page } = await open(async (page) => {
      await page.addInitScript(() => {
        Storage.prototype.setItem = () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
      });
    });
    for (const value of ['b2b', 'b2c']) {
      await page.locator(`${ELEMENT} [data-question="market"] input[value="${value}"]`).focus();
      await page.keyboard.press('Space');
    }
    expect(await page.locator(`${ELEMENT} [data-question="market"] input[value="b2c"]`).isChecked()).toBe(true);
    expect(await page.locator(ELEMENT).evaluate((host) => (host as HTMLElement & { answers: object }).answers)).toEqual({ market: 'b2c' });
    // Saves wait for a pause in answering, so the refusal comes a moment after the last answer.
    const errors = async () => (await pageRecord(page)).events.filter((event) => event.type === 'readiness:error');
    await expect.poll(errors).toHaveLength(1);
    await page.waitForTimeout(600);
    expect(await errors()).toEqual([
      expect.objectContaining({ detail: { issues: [expect.objectContaining({ code: 'storage_unavailable' })] } }),
    ]);
  });
});
