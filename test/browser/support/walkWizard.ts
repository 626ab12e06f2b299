import { vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { emailVectors, vectorAt } from './poison';

/** What a walk through the wizard typed and saw. */
export interface WizardWalk {
  /** The text content of each step, the result last. */
  steps: string[];
  /** The values typed into text and email fields (questions and lead capture), in order. */
  typed: string[];
}

/**
 * Walks the wizard under `root` to its result as a respondent would, with real clicks and key
 * presses: a vector typed into every empty text, email and lead field (a number into number fields),
 * the first option of every unanswered choice, then Next, Review and See my result.
 */
export async function walkWizard(root: Element, maxSteps = 30): Promise<WizardWalk> {
  const walk: WizardWalk = { steps: [], typed: [] };
  for (let step = 0; step < maxSteps; step += 1) {
    walk.steps.push(root.textContent ?? '');
    const form = root.querySelector<HTMLFormElement>('form[data-step]');
    if (!form) return walk;
    for (const field of form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[type=text], input[type=email], textarea')) {
      if (field.value !== '') continue;
      // Number questions are text inputs with a numeric keyboard; a vector there would only be refused.
      const isNumber = field.hasAttribute('inputmode');
      const value = isNumber ? '40' : field.type === 'email' ? emailVectors[walk.typed.length % emailVectors.length]! : vectorAt(walk.typed.length);
      await userEvent.type(field, value);
      if (!isNumber) walk.typed.push(value);
    }
    for (const group of form.querySelectorAll('fieldset')) {
      const choices = [...group.querySelectorAll<HTMLInputElement>('input[type=radio], input[type=checkbox]')];
      if (choices.length > 0 && !choices.some((choice) => choice.checked)) await userEvent.click(choices[0]!);
    }
    const before = form.dataset.step;
    await userEvent.click(form.querySelector<HTMLButtonElement>('button[type=submit]')!);
    await vi.waitFor(() => {
      const now = root.querySelector<HTMLFormElement>('form[data-step]');
      if (now && now.dataset.step === before)
        throw new Error(`still on step "${before}": ${[...now.querySelectorAll('[id$="-error"]')].map((error) => error.textContent).join(' | ')}`);
    });
  }
  throw new Error(`no result after ${maxSteps} steps`);
}
