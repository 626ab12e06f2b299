import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { AssessmentProvider } from '../src/react/components/AssessmentProvider/AssessmentProvider';
import { ProfileSummary } from '../src/react/components/ProfileSummary/ProfileSummary';
import b2bManufacturerInstagram from '../examples/answers/b2b-manufacturer-instagram.json';
import {
  cappedProfile,
  consumerProfile,
  emptyProfile,
  enterpriseProfile,
  longTextQuestionnaire,
  mismatchProfile,
  oneAnswerProfile,
  profileByTier,
} from './fixtures/profiles';
import { socialMediaAssessment, socialMediaReference } from '../src/content/social-media';

const meta = {
  title: 'Components/ProfileSummary',
  component: ProfileSummary,
  // The toolbar's locale (and each locale's story-test project) reaches the story through this arg.
  argTypes: { locale: { control: 'text' } },
  tags: ['autodocs'],
  args: { questionnaire: socialMediaAssessment, profile: enterpriseProfile },
} satisfies Meta<typeof ProfileSummary>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A tier story: the tier's name must be on screen. */
const showsTier = (name: string): Story['play'] => async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  await expect(canvas.getByRole('heading', { name: 'Your readiness profile' })).toBeVisible();
  await expect(canvas.getByText(name, { selector: 'strong' })).toBeVisible();
};

/** Nothing purposeful yet: index 0, the bottom tier. */
export const Dormant: Story = { args: { profile: profileByTier.dormant }, play: showsTier('Dormant') };

/** Present but broadcasting. */
export const Presence: Story = { args: { profile: profileByTier.presence }, play: showsTier('Presence') };

/** Useful content and conversations. */
export const Engaged: Story = { args: { profile: profileByTier.engaged }, play: showsTier('Engaged') };

/** Owned, governed and measured. */
export const Formalized: Story = { args: { profile: profileByTier.formalized }, play: showsTier('Formalised network') };

/** The top tier, from constructed answers. */
export const Network: Story = { args: { profile: profileByTier.network }, play: showsTier('Social business network') };

/** `examples/answers/enterprise-saas.json`: top tier, B2B-aligned, strengths everywhere but one. */
export const Enterprise: Story = {
  args: { profile: enterpriseProfile },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Your practice fits the market you sell to.')).toBeVisible();
    await expect(canvas.getByText(/^B2B practice, \+97/)).toBeVisible();
  },
};

/** A B2B seller with a consumer-style practice: the seeds' key warning, flagged in words. */
export const Mismatch: Story = {
  args: { profile: mismatchProfile },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/^Mismatch: your practice leans the opposite way/)).toBeVisible();
    await expect(canvas.getByText(/^B2C practice, -62/)).toBeVisible();
  },
};

/** A consumer brand with a consumer practice: B2C-leaning, and that is aligned. */
export const ConsumerAligned: Story = {
  args: { profile: consumerProfile },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Your practice fits the market you sell to.')).toBeVisible();
  },
};

/** Strong everywhere but measurement: the weakest link holds the tier back. */
export const CappedByWeakestDimension: Story = {
  args: { profile: cappedProfile },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/^Held back by your weakest area, Measurement/)).toBeVisible();
  },
};

/** One answer, a perfect score on one dimension: marked provisional so that it does not look final. */
export const Provisional: Story = {
  args: { profile: oneAnswerProfile },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Provisional: answer more questions for a reliable result.')).toBeVisible();
    await expect(canvas.getByText('3% of questions answered')).toBeVisible();
  },
};

/** Nothing answered: no scores, orientation and fit unknown. */
export const Empty: Story = {
  args: { profile: emptyProfile },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/^Not enough answers to place your practice/)).toBeVisible();
    await expect(canvas.getAllByText('None yet')).toHaveLength(2);
  },
};

/** Long tier names, descriptions, pole and dimension labels, as a host's own definition might have. */
export const LongTexts: Story = {
  args: {
    profile: cappedProfile,
    questionnaire: longTextQuestionnaire,
    title: 'Your social-media readiness profile, as of the end of the last full quarter',
  },
  play: async ({ canvasElement }) => {
    const tier = within(canvasElement).getByText(/with a considerably longer tier name than usual$/, { selector: 'strong' });
    await expect(tier).toBeVisible();
  },
};

/** Inside `AssessmentProvider`, without a `profile` prop: the live profile of the answers. */
export const InsideProvider: Story = {
  args: { profile: undefined },
  render: (args) => (
    <AssessmentProvider questionnaire={socialMediaAssessment} reference={socialMediaReference} defaultAnswers={b2bManufacturerInstagram}>
      <ProfileSummary {...args} />
    </AssessmentProvider>
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/^Mismatch:/)).toBeVisible();
  },
};
