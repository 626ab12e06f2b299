import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answers, Issue, Profile, Questionnaire } from '../../src/core';
import { miniQuestionnaire } from '../fixtures/miniQuestionnaire';
import { attackVectors, countVectorTexts, withVectorsInEveryText } from './support/attackVectors';
import { openPage, type OpenedPage } from './support/openPage';
import { prepareExample } from './support/prepareExample';
import { serveStatic, type StaticServer } from './support/staticServer';

const builtCore = '../../dist/core.js';
const { parseQuestionnaire } = (await import(builtCore)) as {
  parseQuestionnaire: (definition: unknown) => { ok: boolean; issues: Issue[] };
  scoreAnswers: (questionnaire: Questionnaire, answers: Answers) => Profile;
};

const ELEMENT = 'readiness-assessment';

/**
 * Attack tests: script-injection vectors in every text of a definition and in text answers, shown by
 * the embed's wizard and result views in real Chromium. The page has NO Content-Security-Policy, so
 * a vector rendered as HTML would run: the page counts any call of `window.__pwned`.
 */
describe('script injection through definitions and answers (embed, Chromium, no CSP)', () => {
  let server: StaticServer;
  let opened: OpenedPage | undefined;
  const definition = withVectorsInEveryText(miniQuestionnaire());

  beforeAll(async () => {
    const dir = await prepareExample('plain-html');
    server = await serveStatic(join(dir, 'dist'));
  });

  afterAll(async () => {
    await opened?.close();
    await server?.close();
  });

  it('keeps the poisoned definition valid, so the vectors really reach the screen', () => {
    expect(parseQuestionnaire(definition).issues).toEqual([]);
    expect(JSON.stringify(definition)).toContain(attackVectors[0]);
  });

  it('renders every vector as text through the wizard and the result, runs none and links none', async () => {
    opened = await openPage(`${server.origin}/attack.html`, {
      beforeNavigate: async (page) => {
        await page.addInitScript(() => {
          (window as unknown as { __pwned: (n: number) => void; __calls: number[] }).__calls = [];
          (window as unknown as { __pwned: (n: number) => void }).__pwned = (n) => (window as unknown as { __calls: number[] }).__calls.push(n);
        });
        page.on('dialog', (dialog) => void dialog.dismiss());
        await page.route('**/attack.html', (route) =>
          route.fulfill({
            contentType: 'text/html',
            body: `<!doctype html><html lang="en"><head><title>Attack</title><link rel="icon" href="data:,">
              <script src="embed.global.js" defer></script></head><body>
              <readiness-assessment><script type="application/json">${JSON.stringify(definition).replace(/</g, '\\u003c')}</script></readiness-assessment>
              </body></html>`,
          }),
        );
      },
    });
    const { page } = opened;
    const root = page.locator(ELEMENT);
    await page.locator(`${ELEMENT} .rk-Wizard`).waitFor();
    const shownText = () => root.evaluate((host) => host.shadowRoot!.textContent ?? '');
    expect(await shownText()).toContain(attackVectors[0]);

    // Walk the wizard to its result, typing a vector into every text field on the way.
    let typed = 0;
    for (let step = 0; step < 10; step += 1) {
      for (const field of await page.locator(`${ELEMENT} input[type=text], ${ELEMENT} textarea`).all()) {
        await field.fill(attackVectors[step % attackVectors.length]!);
        typed += 1;
      }
      const submit = page.locator(`${ELEMENT} form button[type=submit]`);
      if ((await submit.count()) === 0) break;
      for (const radio of await page.locator(`${ELEMENT} fieldset`).all()) {
        const first = radio.locator('input[type=radio]').first();
        if ((await first.count()) > 0) await first.check();
      }
      await submit.click();
    }
    await page.locator(`${ELEMENT} .rk-ProfileSummary`).first().waitFor();

    const calls = await page.evaluate(() => (window as unknown as { __calls: number[] }).__calls);
    expect(calls, 'vectors that ran').toEqual([]);
    const dangerous = await root.evaluate((host) => {
      const all = [...host.shadowRoot!.querySelectorAll('*')];
      return {
        scripts: all.filter((element) => element.tagName === 'SCRIPT' || element.tagName === 'IFRAME').length,
        handlers: all.filter((element) => [...element.attributes].some((attribute) => attribute.name.startsWith('on'))).length,
        javascriptLinks: all.filter((element) => /^\s*javascript:/i.test(element.getAttribute('href') ?? '')).length,
      };
    });
    expect(dangerous).toEqual({ scripts: 0, handlers: 0, javascriptLinks: 0 });
    expect(opened.pageErrors).toEqual([]);
    expect(typed).toBeGreaterThan(0);
    console.log(
      `attack (embed, Chromium, no CSP): ${attackVectors.length} vectors in ${countVectorTexts(definition)} definition texts and ${typed} typed answers; ` +
        `${calls.length} ran, ${dangerous.scripts} script/iframe, ${dangerous.handlers} handler and ${dangerous.javascriptLinks} javascript: nodes`,
    );
  });
});
