import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import enterpriseSaas from '../examples/answers/enterprise-saas.json';
import type { Questionnaire } from '../src/core';
import { AssessmentWizard } from '../src/react';
import { miniQuestionnaire } from '../test/fixtures/miniQuestionnaire';
import { socialMediaAssessment, socialMediaReference } from '../src/content/social-media';

const mini = miniQuestionnaire();

/** A questionnaire whose texts are as long as a translation or a verbose author can make them. */
const longTexts: Questionnaire = {
  ...mini,
  title: 'A deliberately long assessment title that wraps over several lines on a phone and still reads well',
  sections: mini.sections.map((section) => ({
    ...section,
    title: `${section.title}: a section title that goes on and on to test wrapping`,
    questions: section.questions.map((question) =>
      'options' in question
        ? {
            ...question,
            label: `${question.label}, explained at length so that the legend wraps onto two or three lines in the layout?`,
            options: question.options.map((option) => ({
              ...option,
              label: `${option.label} — with a long description of what this option really means in practice`,
            })),
          }
        : question,
    ),
  })),
};

const meta = {
  title: 'Components/AssessmentWizard',
  component: AssessmentWizard,
  // The toolbar's locale (and each locale's story-test project) reaches the story through this arg.
  argTypes: { locale: { control: 'text' } },
  tags: ['autodocs'],
  args: { questionnaire: socialMediaAssessment, reference: socialMediaReference, onComplete: fn(), onAnswer: fn(), onStepChange: fn() },
} satisfies Meta<typeof AssessmentWizard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The bundled B2B vs B2C social-media assessment, on its first step. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'About your company' })).toBeVisible();
    await expect(canvas.getByText(/Step 1 of/)).toBeVisible();
  },
};

/** "Next" on a step with a missing required answer: the message sits by the field and focus goes to it. */
export const WithErrors: Story = {
  args: { questionnaire: mini },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Next' }));
    await expect(canvas.getByText('Please answer this question.')).toBeVisible();
    await expect(canvas.getAllByRole('radio')[0]).toHaveFocus();
  },
};

/** Numbers that feed KPIs show a live preview of the KPI. */
export const KpiPreview: Story = {
  args: { questionnaire: mini, defaultAnswers: { market: 'b2b', impressions: 20000, clicks: 300, spend: 1500, leads: 12 }, currency: 'USD' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Next' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Next' }));
    await expect(canvas.getAllByText(/Used for CPL/)[0]).toHaveTextContent('$125.00');
  },
};

/** The review step, with an edit button per section and a lead-capture section. */
export const ReviewWithLeadCapture: Story = {
  args: {
    questionnaire: mini,
    defaultAnswers: { market: 'b2b', channel: 'linkedin', formats: ['papers', 'cases'], helpful: 4 },
    leadCapture: {
      title: 'Where should we send your report?',
      description: 'We use your email only to send the report.',
      fields: [
        { id: 'email', type: 'email', label: 'Work email', required: true },
        { id: 'company', type: 'text', label: 'Company' },
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    for (const name of ['Next', 'Next', 'Review answers']) await userEvent.click(canvas.getByRole('button', { name }));
    await expect(canvas.getByRole('heading', { name: 'Review your answers' })).toBeVisible();
    await expect(canvas.getByRole('group', { name: 'Where should we send your report?' })).toBeVisible();
  },
};

/** The bundled assessment answered by an enterprise SaaS firm, finished: the result view. */
export const Result: Story = {
  args: { defaultAnswers: enterpriseSaas },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    for (let step = 0; step < 30 && !canvas.queryByRole('button', { name: 'See my result' }); step += 1)
      await userEvent.click(canvas.getByRole('button', { name: /^(Next|Review answers)$/ }));
    await userEvent.click(canvas.getByRole('button', { name: 'See my result' }));
    await expect(canvas.getByRole('heading', { name: 'Your result' })).toHaveFocus();
    await expect(args.onComplete).toHaveBeenCalledTimes(1);
  },
};

/** Long titles, labels and options wrap without breaking the layout. */
export const LongTexts: Story = {
  args: { questionnaire: longTexts },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { level: 2 })).toHaveTextContent('deliberately long');
  },
};

/** An invalid definition renders the readable list of its issues instead of the wizard. */
export const InvalidDefinition: Story = {
  args: { questionnaire: { ...mini, tiers: [{ id: 'only', label: 'Only', min: 10, max: 100 }] } },
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole('alert');
    await expect(alert).toHaveTextContent('This assessment cannot be shown');
    await expect(alert).toHaveTextContent('tiers_not_contiguous');
  },
};

/** The dark theme, set by `data-theme="dark"` on an ancestor. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  args: { questionnaire: mini },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-theme="dark"]')).not.toBeNull();
    await expect(within(canvasElement).getByRole('heading', { name: 'Profile' })).toBeVisible();
  },
};
