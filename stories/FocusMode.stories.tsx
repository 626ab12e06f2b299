import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import type { Questionnaire } from '../src/core';
import { socialMediaAssessment, socialMediaReference } from '../src/content/social-media';
import { AssessmentWizard, resolveUiMessages, type UiCatalogs } from '../src/react';
import { miniQuestionnaire } from '../test/fixtures/miniQuestionnaire';
import { PSEUDO_RTL_LOCALE, pseudoRtlAssessment, pseudoRtlUiMessages } from './fixtures/pseudoRtl';

const mini = miniQuestionnaire();

/**
 * A small definition of choices only, for the keyboard flow: four single choices and a Likert scale
 * over two steps (the mini questionnaire without its figures, plus a question on posting rhythm).
 */
const pulse: Questionnaire = {
  ...mini,
  id: 'pulse',
  title: 'Social-media pulse',
  kpis: [],
  rules: mini.rules?.filter((rule) => rule.id !== 'ctr_low'),
  sections: [
    mini.sections[0]!,
    {
      id: 'practice',
      title: 'Practice',
      questions: [
        ...mini.sections[1]!.questions.filter((question) => question.id === 'helpful' || question.id === 'community'),
        {
          id: 'rhythm',
          type: 'single',
          label: 'How often do you post?',
          options: [
            { id: 'daily', label: 'Every day', points: { reach: 2 } },
            { id: 'weekly', label: 'Every week', points: { reach: 3 } },
            { id: 'rarely', label: 'Now and then', points: { reach: 0 } },
          ],
        },
      ],
    },
  ],
};

/** What each locale's story renders with: the kit's own catalogs, or the pseudo-RTL test locale. */
interface LocaleSetup {
  locale: string;
  dir: 'ltr' | 'rtl';
  questionnaire: Questionnaire;
  catalogs?: UiCatalogs;
}

const setups: Record<string, LocaleSetup> = {
  en: { locale: 'en', dir: 'ltr', questionnaire: socialMediaAssessment },
  'zh-Hant': { locale: 'zh-Hant', dir: 'ltr', questionnaire: socialMediaAssessment },
  ha: { locale: 'ha', dir: 'ltr', questionnaire: socialMediaAssessment },
  [PSEUDO_RTL_LOCALE]: { locale: PSEUDO_RTL_LOCALE, dir: 'rtl', questionnaire: pseudoRtlAssessment, catalogs: { [PSEUDO_RTL_LOCALE]: pseudoRtlUiMessages } },
};

/** Waits for the question's entrance to end, so the a11y check sees the question, not a blend of it. */
async function settle(canvasElement: HTMLElement) {
  await Promise.all(canvasElement.ownerDocument.getAnimations().map((animation) => animation.finished));
}

/** The place of the question on screen, from the progress bar ("Question 3 of 5" → 3). */
const questionNumber = (canvasElement: HTMLElement) => Number(within(canvasElement).getByRole('progressbar').getAttribute('aria-valuenow'));

const meta = {
  title: 'Flows/Focus mode',
  component: AssessmentWizard,
  // The toolbar's locale (and each locale's story-test project) reaches the story through this arg.
  argTypes: { locale: { control: 'text' } },
  args: { layout: 'focus', reference: socialMediaReference, onComplete: fn(), onAnswer: fn() },
  parameters: {
    docs: {
      description: {
        component:
          '`<AssessmentWizard layout="focus">`: one question per screen in large type. Press 1–9 to choose (a single choice goes on by itself), Enter to go on, Backspace to go back; or click.',
      },
    },
  },
} satisfies Meta<typeof AssessmentWizard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The bundled assessment's quick check in focus mode, in one locale, inside a page of that language and direction. */
function inLocale(locale: string): Story {
  const setup = setups[locale]!;
  return {
    name: `Quick check, ${locale}`,
    args: { questionnaire: setup.questionnaire, locale, catalogs: setup.catalogs, quickCheck: true },
    decorators: [(Story) => <div lang={locale} dir={setup.dir}><Story /></div>],
    play: async ({ canvasElement }) => {
      const canvas = within(canvasElement);
      const messages = resolveUiMessages(locale, undefined, setup.catalogs);
      const bar = canvas.getByRole('progressbar');
      const count = Number(bar.getAttribute('aria-valuemax'));
      await expect(count).toBeGreaterThanOrEqual(10);
      await expect(bar).toHaveAttribute('aria-valuetext', messages['focus.question'].replace('{number}', '1').replace('{count}', String(count)));
      await expect(canvasElement.querySelectorAll('[data-question]')).toHaveLength(1);
      const nextButton = canvas.getByRole('button', { name: messages['wizard.next'] });
      // The primary action sits at the end of the line: on the right in LTR, on the left in RTL.
      const form = nextButton.closest('form')!;
      const nextBox = nextButton.getBoundingClientRect();
      const formBox = form.getBoundingClientRect();
      if (setup.dir === 'rtl') await expect(nextBox.left - formBox.left).toBeLessThan(formBox.right - nextBox.right);
      else await expect(formBox.right - nextBox.right).toBeLessThan(nextBox.left - formBox.left);
      // Each option shows its number key, and the tip says what they do.
      const option = canvasElement.querySelector('[data-question] label')!;
      await expect(getComputedStyle(option, '::before').content).not.toBe('none');
      await expect(canvas.getByText(messages['focus.keysSingle'])).toBeVisible();
      // The first question is a single choice: a click on an option chooses it and the next question follows.
      await userEvent.click(canvas.getAllByRole('radio')[0]!);
      await waitFor(() => expect(questionNumber(canvasElement)).toBe(2));
      await settle(canvasElement);
    },
  };
}

export const English = inLocale('en');
export const TraditionalChinese = inLocale('zh-Hant');
export const Hausa = inLocale('ha');
export const PseudoRtl = inLocale(PSEUDO_RTL_LOCALE);

/**
 * The whole of a small definition with the keyboard alone, counting key presses: Tab into the
 * wizard, then one number key per question (a single choice goes on by itself), then the review.
 * At most two presses per single-choice question, as the issue asks.
 */
export const KeyboardOnly: Story = {
  args: { questionnaire: pulse },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const pressesPerQuestion: Record<string, number> = {};
    let presses = 0;
    const press = async (keys: string) => {
      presses += 1;
      await userEvent.keyboard(keys);
    };
    // The number key of each answer: market "Businesses" (1), channel "LinkedIn" (1), helpful 4,
    // community "Peer exchange" (1), rhythm "Every week" (2).
    const plan: [string, string][] = [
      ['market', '1'],
      ['channel', '1'],
      ['helpful', '4'],
      ['community', '1'],
      ['rhythm', '2'],
    ];
    await press('{Tab}');
    for (const [id, key] of plan) {
      await expect(canvasElement.querySelector('[data-question]')).toHaveAttribute('data-question', id);
      const number = questionNumber(canvasElement);
      await press(key);
      pressesPerQuestion[id] = presses;
      presses = 0;
      if (number < plan.length) await waitFor(() => expect(questionNumber(canvasElement)).toBe(number + 1));
    }
    // Every question took one key press, the first one two (Tab into the wizard, then its number).
    await expect(pressesPerQuestion).toEqual({ market: 2, channel: 1, helpful: 1, community: 1, rhythm: 1 });
    await expect(Math.max(...Object.values(pressesPerQuestion))).toBeLessThanOrEqual(2);

    // Review (the steps layout's): Tab past the edit buttons and Back to "See my result".
    const review = await canvas.findByRole('heading', { name: 'Review your answers' });
    await waitFor(() => expect(review).toHaveFocus());
    const submit = canvas.getByRole('button', { name: 'See my result' });
    let finishing = 0;
    while (document.activeElement !== submit && finishing < 10) {
      finishing += 1;
      await userEvent.keyboard('{Tab}');
    }
    finishing += 1;
    await userEvent.keyboard('{Enter}');
    await expect(finishing).toBe(5);
    await expect(args.onComplete).toHaveBeenCalledTimes(1);
    await expect((args.onComplete as ReturnType<typeof fn>).mock.calls[0]![1]).toEqual({
      market: 'b2b',
      channel: 'linkedin',
      helpful: 4,
      community: 'peers',
      rhythm: 'weekly',
    });
    await expect(canvas.getByRole('heading', { name: 'Your result' })).toHaveFocus();
  },
};

/** A click on an option chooses it and, after a short pause to see the choice, the next question follows. */
export const ClickAutoAdvance: Story = {
  args: { questionnaire: pulse },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByText('Consumers'));
    await expect(canvas.getByRole('radio', { name: 'Consumers' })).toBeChecked();
    await waitFor(() => expect(canvasElement.querySelector('[data-question]')).toHaveAttribute('data-question', 'channel'));
    await expect(args.onAnswer).toHaveBeenCalledWith('market', 'b2c', expect.anything());
    await expect(canvasElement.querySelector('[data-question="channel"] > legend')).toHaveFocus();
    await settle(canvasElement);
  },
};

/** The arrow keys move the choice within the options and never go on by themselves; Enter does. */
export const ArrowKeysStay: Story = {
  args: { questionnaire: pulse },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getByRole('radio', { name: 'Consumers' })).toBeChecked();
    await new Promise((resolve) => setTimeout(resolve, 600));
    await expect(questionNumber(canvasElement)).toBe(1);
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(questionNumber(canvasElement)).toBe(2));
    await settle(canvasElement);
  },
};

/** Next without a required answer: the message shows by the field and the question stays. */
export const WithError: Story = {
  args: { questionnaire: pulse },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Next' }));
    // By the field (the live region says it too, out of sight).
    const field = canvasElement.querySelector<HTMLElement>('[data-question]')!;
    await expect(within(field).getByText('Please answer this question.')).toBeVisible();
    await expect(questionNumber(canvasElement)).toBe(1);
  },
};

/** Back from the second step's first question lands on the first step's last question. */
export const BackAcrossSteps: Story = {
  args: { questionnaire: pulse, defaultAnswers: { market: 'both', channel: 'tiktok' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Next' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Next' }));
    await expect(canvas.getByRole('heading', { name: 'Practice' })).toBeVisible();
    await userEvent.keyboard('{Backspace}');
    await expect(canvasElement.querySelector('[data-question]')).toHaveAttribute('data-question', 'channel');
    await expect(canvas.getByRole('radio', { name: 'TikTok' })).toBeChecked();
    await settle(canvasElement);
  },
};
