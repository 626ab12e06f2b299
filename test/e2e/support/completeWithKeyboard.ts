import type { Page } from 'playwright-core';
import type { Answers, AnswerValue, Question, Questionnaire } from '../../../src/core';

/** The focused element as the driver needs to see it, read through open shadow roots. */
interface Focused {
  tag: string;
  /** The input's `type` attribute, if any. */
  type: string | null;
  /** The `data-question` of the field it is in, if any. */
  questionId: string | null;
  value: string;
  checked: boolean;
  /** A button's text. */
  text: string;
  /** The values of the choice inputs in its field, in order, and which are checked. */
  choices: { value: string; checked: boolean }[];
}

/** What to reach with Tab: a question's field, or a button by its text. */
type Target = { questionId: string } | { button: string };

/** What `completeWithKeyboard` did, for the test's report. */
export interface KeyboardRun {
  /** The steps (`data-step`) passed through, in order, ending with `review`. */
  steps: string[];
  /** The questions answered, in the order answered. */
  answered: string[];
  /** Every key pressed (a typed string counts one per character). */
  keyPresses: number;
}

/**
 * Reads the focused element, walking into open shadow roots (`document.activeElement` is only the
 * host element when focus is inside the embed's shadow root), and where `target` lies from it.
 * Runs in the page; self-contained, since it is serialised.
 */
function inspectFocus(target: Target | null): { focused: Focused | null; targetIsBefore: boolean } {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  const input = active as HTMLInputElement | null;
  const field = active?.closest('[data-question]') ?? null;
  const focused =
    active && active !== document.body
      ? {
          tag: active.tagName.toLowerCase(),
          type: active.getAttribute('type'),
          questionId: field?.getAttribute('data-question') ?? null,
          value: typeof input?.value === 'string' ? input.value : '',
          checked: Boolean(input?.checked),
          text: active.tagName === 'BUTTON' ? (active.textContent ?? '').trim() : '',
          choices: field
            ? Array.from(field.querySelectorAll<HTMLInputElement>('input[type=radio], input[type=checkbox]')).map((choice) => ({
                value: choice.value,
                checked: choice.checked,
              }))
            : [],
        }
      : null;
  // Find the target in the focused element's tree (the document, or the embed's shadow root).
  let targetIsBefore = false;
  if (active && target) {
    const root = active.getRootNode() as Document | ShadowRoot;
    const candidates = 'questionId' in target
      ? Array.from(root.querySelectorAll(`[data-question="${CSS.escape(target.questionId)}"]`))
      : Array.from(root.querySelectorAll('button')).filter((button) => (button.textContent ?? '').trim() === target.button);
    const found = candidates[0];
    // Shift+Tab only when the target lies wholly before focus; inside it, or after, Tab goes on.
    if (found && !found.contains(active)) targetIsBefore = Boolean(found.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING);
  }
  return { focused, targetIsBefore };
}

/** Whether the focused element is `target`: a text or choice input of its field, or the button. */
function isAt(focused: Focused | null, target: Target): boolean {
  if (!focused) return false;
  if ('button' in target) return focused.tag === 'button' && focused.text === target.button;
  return focused.questionId === target.questionId && (focused.tag === 'input' || focused.tag === 'textarea');
}

/** Drives one wizard with real key presses; counts them for the report. */
class KeyboardDriver {
  keyPresses = 0;

  constructor(private readonly page: Page) {}

  async press(key: string): Promise<void> {
    this.keyPresses += 1;
    await this.page.keyboard.press(key);
  }

  async focused(): Promise<Focused | null> {
    return (await this.page.evaluate(inspectFocus, null)).focused;
  }

  /** Presses Tab (or Shift+Tab when the target lies before focus) until the target has focus. */
  async tabTo(target: Target): Promise<Focused> {
    let state = await this.page.evaluate(inspectFocus, target);
    for (let presses = 0; presses < 300; presses += 1) {
      if (isAt(state.focused, target)) return state.focused!;
      await this.press(state.targetIsBefore ? 'Shift+Tab' : 'Tab');
      state = await this.page.evaluate(inspectFocus, target);
    }
    throw new Error(`Tab never reached ${JSON.stringify(target)}; focus is on ${JSON.stringify(state.focused)}`);
  }

  /** Answers one question: arrows in a radio group, Space on checkboxes, typing in a text input. */
  async answer(question: Question, value: AnswerValue): Promise<void> {
    const entry = await this.tabTo({ questionId: question.id });
    if (entry.type === 'radio') {
      const values = entry.choices.map((choice) => choice.value);
      const wanted = values.indexOf(String(value));
      if (wanted < 0) throw new Error(`${question.id} has no option ${String(value)} (options: ${values.join(', ')})`);
      let at = values.indexOf(entry.value);
      if (at === wanted && !entry.checked) await this.press('Space');
      for (; at < wanted; at += 1) await this.press('ArrowDown');
      for (; at > wanted; at -= 1) await this.press('ArrowUp');
    } else if (entry.type === 'checkbox') {
      const wanted = new Set((Array.isArray(value) ? value : [value]).map(String));
      for (const [index, choice] of entry.choices.entries()) {
        if (index > 0) await this.press('Tab');
        const box = await this.focused();
        if (box?.questionId !== question.id || box.value !== choice.value)
          throw new Error(`Tab skipped checkbox ${choice.value} of ${question.id}; focus is on ${JSON.stringify(box)}`);
        if (box.checked !== wanted.has(box.value)) await this.press('Space');
      }
    } else {
      if (entry.value !== '') {
        await this.press('ControlOrMeta+A');
        await this.press('Backspace');
      }
      const typed = String(value);
      this.keyPresses += typed.length;
      await this.page.keyboard.type(typed);
    }
    await this.expectAnswered(question, value);
  }

  /** Checks that the field now shows `value`, so a key the browser ignored fails here, not in the score. */
  async expectAnswered(question: Question, value: AnswerValue): Promise<void> {
    const field = await this.focused();
    const shown =
      field?.type === 'radio' || field?.type === 'checkbox'
        ? field.choices.filter((choice) => choice.checked).map((choice) => choice.value)
        : [field?.value ?? ''];
    const expected = (Array.isArray(value) ? value : [value]).map(String);
    const sameSet = shown.length === expected.length && expected.every((item) => shown.includes(item));
    if (field?.questionId !== question.id || !sameSet)
      throw new Error(`${question.id} shows ${JSON.stringify(shown)} after the keys, not ${JSON.stringify(expected)}`);
  }

  /** Tabs to the button named `name` and presses Enter. */
  async pressButton(name: string): Promise<void> {
    await this.tabTo({ button: name });
    await this.press('Enter');
  }
}

/** The wizard's current step (`data-step` of its form), or null once the result shows. */
async function currentStep(page: Page): Promise<string | null> {
  const form = page.locator('form[data-step]');
  return (await form.count()) === 0 ? null : form.first().getAttribute('data-step');
}

/** The field ids shown on the current step, in document order (open shadow roots included). */
async function shownQuestions(page: Page): Promise<string[]> {
  return page.locator('form[data-step] [data-question]').evaluateAll((fields) => fields.map((field) => field.getAttribute('data-question')!));
}

/** Waits for the step to move on from `from`; fails with the step's errors if the wizard stayed. */
async function waitForStepAfter(page: Page, from: string): Promise<string | null> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const step = await currentStep(page);
    if (step !== from) return step;
    await page.waitForTimeout(25);
  }
  const invalid = await page.locator('form[data-step] [data-question][data-invalid]').evaluateAll((fields) =>
    fields.map((field) => `${field.getAttribute('data-question')} (${(field.textContent ?? '').trim().slice(0, 160)})`),
  );
  throw new Error(`the wizard stayed on step "${from}" after Enter; invalid fields: ${invalid.join('; ') || 'none'}`);
}

/**
 * Completes the wizard on `page` with the keyboard alone (Tab, Shift+Tab, arrows, Space, Enter and
 * typing; no clicks, no `fill`): on each step it answers every shown question that `answers` has,
 * including questions an answer reveals, then presses "Next" or "Review answers", and on the review
 * step "See my result". Works when the wizard is in the document or in an open shadow root.
 */
export async function completeWithKeyboard(page: Page, questionnaire: Questionnaire, answers: Answers): Promise<KeyboardRun> {
  const questions = new Map(questionnaire.sections.flatMap((section) => section.questions.map((question) => [question.id, question])));
  const driver = new KeyboardDriver(page);
  const run: KeyboardRun = { steps: [], answered: [], keyPresses: 0 };
  await page.locator('form[data-step]').first().waitFor();
  let step = await currentStep(page);
  while (step !== null && step !== 'review') {
    if (run.steps.length > 60) throw new Error(`the wizard never reached its review step: ${run.steps.join(' → ')}`);
    run.steps.push(step);
    // An answer may reveal more questions (share_numbers reveals the figures): look again after each.
    for (;;) {
      const next = (await shownQuestions(page)).find((id) => Object.hasOwn(answers, id) && !run.answered.includes(id));
      if (next === undefined) break;
      const question = questions.get(next);
      if (!question) throw new Error(`the wizard shows ${next}, which the questionnaire given has no question for`);
      await driver.answer(question, answers[next]!);
      run.answered.push(next);
    }
    // "Next", or "Review answers" on the last section.
    const submit = ((await page.locator('form[data-step] button[type=submit]').first().textContent()) ?? '').trim();
    if (submit !== 'Next' && submit !== 'Review answers') throw new Error(`step ${step} has no Next button but "${submit}"`);
    await driver.pressButton(submit);
    step = await waitForStepAfter(page, step);
  }
  if (step !== 'review') throw new Error('the wizard left its steps without a review step');
  run.steps.push(step);
  await driver.pressButton('See my result');
  await page.locator('section[data-state="complete"]').first().waitFor();
  run.keyPresses = driver.keyPresses;
  return run;
}
