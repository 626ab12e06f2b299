import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import b2bManufacturer from '../examples/answers/b2b-manufacturer-instagram.json';
import { scoreAnswers, type Answers, type Question } from '../src/core';
import { socialMediaAssessment, socialMediaReference } from '../src/content/social-media';
import { AssessmentWizard } from '../src/react';

const questions = new Map<string, Question>(
  socialMediaAssessment.sections.flatMap((section) => section.questions.map((question) => [question.id, question])),
);

/** Answers the fields of the current step by clicking, as a respondent with a mouse would. */
async function answerStep(canvasElement: HTMLElement, answers: Answers) {
  const form = canvasElement.querySelector('form')!;
  const answered = new Set<string>();
  // Answering one question can reveal others (the optional figures), so look again after each pass.
  for (let pass = 0; pass < 2; pass += 1) {
    for (const field of form.querySelectorAll<HTMLElement>('[data-question]')) {
      const id = field.dataset.question!;
      if (answered.has(id) || !Object.hasOwn(answers, id)) continue;
      answered.add(id);
      const question = questions.get(id)!;
      const value = answers[id]!;
      if (question.type === 'number') await userEvent.type(within(field).getByRole('textbox'), String(value));
      else
        for (const choice of Array.isArray(value) ? value : [String(value)])
          await userEvent.click(field.querySelector<HTMLInputElement>(`input[value="${choice}"]`)!);
    }
  }
}

const meta = {
  title: 'Flows/Complete the assessment',
  component: AssessmentWizard,
  // The toolbar's locale (and each locale's story-test project) reaches the story through this arg.
  argTypes: { locale: { control: 'text' } },
  args: { questionnaire: socialMediaAssessment, reference: socialMediaReference, onComplete: fn() },
} satisfies Meta<typeof AssessmentWizard>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * A B2B manufacturer running a consumer-style Instagram strategy answers the whole bundled assessment
 * and gets the seeds' key warning: a market/practice mismatch, with the B2B advice first.
 */
export const MismatchedManufacturer: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    for (let step = 0; step < 30 && canvasElement.querySelector('form')?.dataset.step !== 'review'; step += 1) {
      await answerStep(canvasElement, b2bManufacturer as Answers);
      await userEvent.click(canvas.getByRole('button', { name: /^(Next|Review answers)$/ }));
    }
    await userEvent.click(canvas.getByRole('button', { name: 'See my result' }));

    const expected = scoreAnswers(socialMediaAssessment, (args.onComplete as ReturnType<typeof fn>).mock.calls[0]![1]);
    await expect(args.onComplete).toHaveBeenCalledTimes(1);
    await expect((args.onComplete as ReturnType<typeof fn>).mock.calls[0]![0]).toEqual(expected);
    await expect(expected.fit.status).toBe('mismatch');
    await expect(canvas.getByRole('heading', { name: 'Your result' })).toHaveFocus();
    await expect(canvasElement.querySelector('[data-fit="mismatch"]')).not.toBeNull();
  },
};
