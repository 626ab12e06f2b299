import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { AssessmentResult } from '../src/react';
import { emptyProfile, enterpriseProfile, mismatchProfile } from './fixtures/profiles';
import { socialMediaAssessment, socialMediaReference } from '../src/content/social-media';

const meta = {
  title: 'Components/AssessmentResult',
  component: AssessmentResult,
  // The toolbar's locale (and each locale's story-test project) reaches the story through this arg.
  argTypes: { locale: { control: 'text' } },
  tags: ['autodocs'],
  args: { questionnaire: socialMediaAssessment, reference: socialMediaReference, profile: enterpriseProfile, headingLevel: 2 },
} satisfies Meta<typeof AssessmentResult>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The whole result of a mature B2B practice, as the wizard shows it at the end. */
export const Enterprise: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 2, name: 'Your readiness profile' })).toBeVisible();
    await expect(canvas.getByRole('heading', { level: 2, name: 'What to do next' })).toBeVisible();
    await expect(canvas.getByRole('heading', { level: 2, name: 'Your business network' })).toBeVisible();
  },
};

/** A B2B seller with a consumer-style practice: the mismatch leads, with the B2B advice. */
export const Mismatch: Story = {
  args: { profile: mismatchProfile },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-fit="mismatch"]')).not.toBeNull();
  },
};

/** Nothing answered yet: provisional, no index and no tier (and it says so), with nothing to recommend. */
export const Empty: Story = {
  args: { profile: emptyProfile },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvasElement.querySelector('.rk-ProfileSummary[data-state="provisional"]')).not.toBeNull();
    await expect(canvas.getByText('Nothing is answered yet, so there is no index and no tier.')).toBeVisible();
    await expect(canvas.getByText('No recommendations: nothing stood out.')).toBeVisible();
  },
};
