import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { createMemoryStorage, encodeAnswers, saveSnapshot } from '../src/core';
import { socialMediaAssessment, socialMediaReference } from '../src/content/social-media';
import { AssessmentWizard } from '../src/react';
import { SharedResult } from '../src/react/share';
import enterpriseSaas from '../examples/answers/enterprise-saas.json';

/** A storage holding answers from an earlier visit, as localStorage would on return. */
function storageWithEarlierVisit() {
  const storage = createMemoryStorage();
  saveSnapshot(storage, socialMediaAssessment.id, socialMediaAssessment, { market: 'b2b', deal_size: 'over_100k' });
  return storage;
}

const meta = {
  title: 'Flows/Save and share',
  component: AssessmentWizard,
  argTypes: { locale: { control: 'text' } },
  args: { questionnaire: socialMediaAssessment, reference: socialMediaReference },
  parameters: {
    docs: {
      description: {
        component:
          'Resume where you left off (`storage`), continue on another device and share a read-only result (`shareBaseUrl`, `SharedResult` from `readiness-kit/share`). The answers travel in the link’s fragment: see the README on privacy.',
      },
    },
  },
} satisfies Meta<typeof AssessmentWizard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A returning respondent is offered the answers of the earlier visit. */
export const ResumeOffer: Story = {
  render: (args) => <AssessmentWizard {...args} storage={storageWithEarlierVisit()} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const offer = await canvas.findByRole('region', { name: 'Welcome back' });
    await expect(offer).toHaveTextContent('2 answers saved on');
    await userEvent.click(canvas.getByRole('button', { name: 'Resume my answers' }));
    await expect(canvas.getByLabelText('Businesses and other organisations (B2B)')).toBeChecked();
  },
};

/** Each step offers a link to go on answering elsewhere. */
export const ContinueLink: Story = {
  args: { shareBaseUrl: 'https://vendor.example/check' },
  play: async ({ canvasElement }) => {
    const link = within(canvasElement).getByRole('link', { name: 'Continue on another device' });
    await expect(link.getAttribute('href')).toMatch(/#rk-continue=/);
  },
};

/** The read-only result a result link opens. */
export const ReadOnlyResult: Story = {
  render: () => <SharedResult questionnaire={socialMediaAssessment} reference={socialMediaReference} token={encodeAnswers(socialMediaAssessment, enterpriseSaas)} />,
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { level: 2, name: 'Your readiness profile' })).toBeVisible();
  },
};

/** A link whose token was altered: the issue, with its code, and no profile. */
export const TamperedLink: Story = {
  render: () => <SharedResult questionnaire={socialMediaAssessment} reference={socialMediaReference} token={`${encodeAnswers(socialMediaAssessment, enterpriseSaas).slice(0, -3)}xyz`} />,
  play: async ({ canvasElement }) => {
    const panel = within(canvasElement).getByRole('alert');
    await expect(panel).toHaveTextContent('[invalid_format]');
  },
};
