import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { scoreAnswers, type Answers } from '../src/core';
import { socialMediaAssessment, socialMediaReference } from '../src/content/social-media';
import { AssessmentWizard } from '../src/react';

const quickIds = socialMediaAssessment.quickCheck!.questions;
const questions = new Map(socialMediaAssessment.sections.flatMap((section) => section.questions).map((question) => [question.id, question]));

/** The number key of each answer (its option's place): a B2B seller early on its way. */
const keys: Record<string, number> = {
  market: 1,
  audience_type: 1,
  buying_roles: 2,
  main_goal: 2,
  main_platform_effort: 1,
  content_focus: 2,
  proof_style: 1,
  advocacy: 2,
  community_purpose: 1,
  conversion_path: 2,
  crm_tagging: 2,
  sales_alignment: 2,
};
const expectedAnswers: Answers = Object.fromEntries(
  quickIds.map((id) => {
    const question = questions.get(id)!;
    return [id, 'options' in question ? question.options[keys[id]! - 1]!.id : keys[id]!];
  }),
);

/** The question on screen, by its field's `data-question`. */
const shownQuestion = (canvasElement: HTMLElement) => canvasElement.querySelector('[data-question]')?.getAttribute('data-question');

const meta = {
  title: 'Flows/Quick check',
  component: AssessmentWizard,
  args: { questionnaire: socialMediaAssessment, reference: socialMediaReference, quickCheck: true, layout: 'focus', onComplete: fn() },
  parameters: {
    docs: {
      description: {
        component:
          '`<AssessmentWizard quickCheck layout="focus">`: the bundled assessment’s 12-question quick check, one question per screen. Its result is provisional and offers to go deeper, every answer kept.',
      },
    },
  },
} satisfies Meta<typeof AssessmentWizard>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The quick check with the keyboard alone: Tab into the wizard, one number key per question (at
 * most two presses each), the review, the provisional result, then "Go deeper": the first question
 * the quick check did not ask, and Backspace shows the answer before it still chosen.
 */
export const KeyboardToResultAndDeeper: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const presses: Record<string, number> = {};
    await userEvent.keyboard('{Tab}');
    let pending = 1;
    for (const id of quickIds) {
      await waitFor(() => expect(shownQuestion(canvasElement)).toBe(id), { timeout: 3000 });
      await userEvent.keyboard(String(keys[id]));
      presses[id] = pending + 1;
      pending = 0;
    }
    await expect(Math.max(...Object.values(presses))).toBeLessThanOrEqual(2);
    await expect(Object.keys(presses)).toHaveLength(12);

    const submit = await canvas.findByRole('button', { name: 'See my result' }, { timeout: 3000 });
    for (let tabs = 0; document.activeElement !== submit && tabs < 40; tabs += 1) await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('{Enter}');
    await expect(await canvas.findByRole('heading', { name: 'Your result' })).toHaveFocus();

    const [profile, answers] = (args.onComplete as ReturnType<typeof fn>).mock.calls[0]!;
    await expect(answers).toEqual(expectedAnswers);
    await expect(profile).toEqual(scoreAnswers(socialMediaAssessment, expectedAnswers, { scope: 'quick' }));
    await expect(profile.provisional).toBe(true);
    const offer = canvas.getByRole('region', { name: 'Want a result you can rely on?' });
    await expect(offer).toHaveTextContent(/Answer \d+ more questions, about \d+ minutes/);

    const deeper = within(offer).getByRole('button', { name: 'Go deeper' });
    for (let tabs = 0; document.activeElement !== deeper && tabs < 80; tabs += 1) await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(quickIds).not.toContain(shownQuestion(canvasElement)));
    await expect(shownQuestion(canvasElement)).toBeTruthy();
    await userEvent.keyboard('{Backspace}');
    await waitFor(() => expect(quickIds).toContain(shownQuestion(canvasElement)));
    const previous = shownQuestion(canvasElement)!;
    const checked = canvasElement.querySelector<HTMLInputElement>(`[data-question="${previous}"] input:checked`);
    await expect(checked?.value).toBe(String(expectedAnswers[previous]));
  },
};

/** The quick check's first screen: how many questions and about how long, before the first of them. */
export const FirstScreen: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/Quick check: 12 questions, about \d minutes/)).toBeVisible();
    await expect(shownQuestion(canvasElement)).toBe('market');
  },
};
