import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Answers, Issue, Profile, Question, Questionnaire } from '../../src/core';
import { resolveUiMessages } from '../../src/react/i18n/resolveUiMessages';
import { axeViolations } from './support/axeInPage';
import { closeCleanPage } from './support/closeCleanPage';
import { deepFocus, pageRecord, recordPage } from './support/embedProbe';
import { openPage, type OpenedPage } from './support/openPage';
import { prepareExample } from './support/prepareExample';
import { expectResultToMatch, readResult, saveScreenshot } from './support/readResult';
import { serveStatic, type StaticServer } from './support/staticServer';

// The expectation comes from the built core: the same code the page's embed.global.js bundles.
const builtCore = '../../dist/core.js';
const builtContent = '../../dist/social-media.js';
const { scoreAnswers } = (await import(builtCore)) as {
  scoreAnswers: (questionnaire: Questionnaire, answers: Answers, options?: { scope?: 'quick' | 'full' }) => Profile;
  parseQuestionnaire: (definition: unknown) => { ok: boolean; issues: Issue[] };
};
const { socialMediaAssessment } = (await import(builtContent)) as { socialMediaAssessment: Questionnaire };

const ELEMENT = 'readiness-assessment';
const PAGE = 'quick-check.html';
const quickIds = socialMediaAssessment.quickCheck!.questions;
const questions = new Map(socialMediaAssessment.sections.flatMap((section) => section.questions).map((question) => [question.id, question]));
const en = resolveUiMessages('en');

/** The quick check's answers: a B2B seller, each single-choice answer picked by its place (1-based: the number key). */
const picks: Record<string, number> = {
  market: 1,
  audience_type: 1,
  buying_roles: 3,
  main_goal: 2,
  main_platform_effort: 1,
  content_focus: 2,
  proof_style: 1,
  advocacy: 3,
  community_purpose: 1,
  conversion_path: 2,
  crm_tagging: 2,
  sales_alignment: 3,
};
const optionAt = (question: Question, place: number) => ('options' in question ? question.options[place - 1]!.id : place);
const quickAnswers: Answers = Object.fromEntries(quickIds.map((id) => [id, optionAt(questions.get(id)!, picks[id]!)]));

/** The question focus mode shows now (its field's `data-question`), or `review` / `result` once past the questions. */
function currentQuestion(page: Page): Promise<string> {
  return page.evaluate((tag) => {
    const root = document.querySelector(tag)!.shadowRoot!;
    if (root.querySelector('.rk-Wizard-result')) return 'result';
    const step = root.querySelector('.rk-FocusWizard-step');
    if (!step) return root.querySelector('[data-step="review"]') ? 'review' : 'none';
    return step.querySelector('[data-question]')?.getAttribute('data-question') ?? 'none';
  }, ELEMENT);
}

/** Presses Tab until the focused element is the button named `label`; returns the presses. */
async function tabTo(page: Page, label: string): Promise<number> {
  for (let presses = 1; presses <= 60; presses += 1) {
    await page.keyboard.press('Tab');
    const focused = await deepFocus(page);
    if (focused?.tag === 'button' && focused.text === label) return presses;
  }
  throw new Error(`"${label}" not reached with Tab`);
}

/** Waits for the widget's transitions and entrances to end, so axe and screenshots see what settles, not a blend. */
const settle = (page: Page) =>
  page.locator(ELEMENT).evaluate((host) => Promise.all(host.shadowRoot!.getAnimations().map((animation) => animation.finished)));

/** True when nothing on the page is wider than the viewport: no sideways scroll. */
const fitsViewport = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe('examples/plain-html/quick-check.html: the quick check in focus mode, keyboard only, from the packed tarball', () => {
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

  async function open(viewport?: { width: number; height: number }): Promise<Page> {
    opened = await openPage(`${server.origin}/${PAGE}`, { viewport, beforeNavigate: recordPage });
    await opened.page.locator(`${ELEMENT} .rk-FocusWizard-step`).waitFor();
    return opened.page;
  }

  /**
   * Answers the quick check with the keyboard alone: Tab into the widget once, then one number key
   * per question (focus mode goes on by itself after a single choice). Returns the key presses per question.
   */
  async function answerQuickCheck(page: Page, onQuestion?: (id: string, index: number) => Promise<void>): Promise<Record<string, number>> {
    const presses: Record<string, number> = {};
    await page.keyboard.press('Tab');
    let entered = 1;
    for (const [index, id] of quickIds.entries()) {
      await expect.poll(() => currentQuestion(page), { message: `question ${index + 1}` }).toBe(id);
      if (onQuestion) {
        await settle(page);
        await onQuestion(id, index);
      }
      await page.keyboard.press(String(picks[id]));
      presses[id] = 1 + entered;
      entered = 0;
      await expect.poll(() => currentQuestion(page), { message: `after answering ${id}` }).not.toBe(id);
    }
    return presses;
  }

  it('is answered with at most 2 key presses per question, gives the provisional profile scoreAnswers gives for the quick check, and goes deeper keeping every answer', async () => {
    const page = await open();
    await settle(page);
    expect(await axeViolations(page, ELEMENT), 'axe on the first question').toEqual([]);
    await saveScreenshot(page, 'quick-check-start-1280');

    const presses = await answerQuickCheck(page, async (id, index) => {
      if (index !== 5) return;
      // Mid-way, with earlier answers behind it: the screenshot of focus mode, and axe on a later question.
      await saveScreenshot(page, 'quick-check-focus-1280');
      expect(await axeViolations(page, ELEMENT), `axe on ${id}`).toEqual([]);
    });
    expect(Math.max(...Object.values(presses)), JSON.stringify(presses)).toBeLessThanOrEqual(2);
    expect(Object.keys(presses)).toEqual(quickIds);

    await expect.poll(() => currentQuestion(page)).toBe('review');
    await tabTo(page, en['wizard.submit']);
    await page.keyboard.press('Enter');
    await expect.poll(() => currentQuestion(page)).toBe('result');
    await settle(page);

    const expected = scoreAnswers(socialMediaAssessment, quickAnswers, { scope: 'quick' });
    expect(expected.provisional).toBe(true);
    expectResultToMatch(await readResult(page), expected, { questionnaire: socialMediaAssessment });
    expect(await page.locator(`${ELEMENT} .rk-ProfileSummary`).first().getAttribute('data-state')).toBe('provisional');
    const { events } = await pageRecord(page);
    const complete = events.filter((event) => event.type === 'readiness:complete');
    expect(complete.map((event) => event.detail)).toEqual([JSON.parse(JSON.stringify({ profile: expected, answers: quickAnswers, lead: {} }))]);
    expect(await axeViolations(page, ELEMENT), 'axe on the quick check’s result').toEqual([]);
    await saveScreenshot(page, 'quick-check-result-1280');

    // Go deeper: every answer kept, on the first question the quick check did not ask.
    await tabTo(page, en['quickCheck.deepen']);
    await page.keyboard.press('Enter');
    await expect.poll(() => currentQuestion(page)).not.toBe('result');
    const first = await currentQuestion(page);
    expect(quickIds).not.toContain(first);
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('acme-quick-check') ?? 'null') as { answers: Answers } | null);
    expect(stored?.answers).toEqual(quickAnswers);
    // Backspace steps back to the quick check's answer before it, still chosen.
    await page.keyboard.press('Backspace');
    const previous = await currentQuestion(page);
    expect(quickIds).toContain(previous);
    const chosen = await page.locator(`${ELEMENT} [data-question="${previous}"] input:checked`).getAttribute('value');
    expect(chosen).toBe(String(quickAnswers[previous]));
  });

  it('fits a 390 px phone with no sideways scroll, from the first question to the result', async () => {
    const page = await open({ width: 390, height: 844 });
    expect(await fitsViewport(page), 'first question at 390 px').toBe(true);
    await answerQuickCheck(page, async (_, index) => {
      if (index !== 5) return;
      await saveScreenshot(page, 'quick-check-focus-390');
      expect(await fitsViewport(page), 'a later question at 390 px').toBe(true);
    });
    await tabTo(page, en['wizard.submit']);
    await page.keyboard.press('Enter');
    await expect.poll(() => currentQuestion(page)).toBe('result');
    await settle(page);
    expect(await fitsViewport(page), 'the result at 390 px').toBe(true);
    expect(await axeViolations(page, ELEMENT), 'axe on the result at 390 px').toEqual([]);
    await saveScreenshot(page, 'quick-check-result-390');
  });

  it('speaks Traditional Chinese and Hausa, in the dark theme too, with axe finding nothing', async () => {
    const page = await open({ width: 390, height: 844 });
    for (const [locale, theme] of [
      ['zh-Hant', 'light'],
      ['zh-Hant', 'dark'],
      // Last, for the screenshot: Latin script, which every machine has a font for.
      ['ha', 'dark'],
    ] as const) {
      await page.locator(ELEMENT).evaluate((host, [value, look]) => {
        host.setAttribute('locale', value);
        host.setAttribute('theme', look);
      }, [locale, theme] as const);
      const words = resolveUiMessages(locale);
      await expect.poll(() => page.locator(`${ELEMENT} .rk-FocusWizard-step button[type=submit]`).textContent()).toBe(words['wizard.next']);
      await settle(page);
      expect(await page.locator(`${ELEMENT} .rk-Wizard`).getAttribute('lang')).toBe(locale);
      expect(await axeViolations(page, ELEMENT), `axe in ${locale}, ${theme}`).toEqual([]);
    }
    await saveScreenshot(page, 'quick-check-focus-dark-390');
  });
});
