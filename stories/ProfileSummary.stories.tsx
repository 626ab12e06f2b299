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
  oneDimensionProfile,
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

/** Nothing purposeful yet: index 0, the bottom tier (a business seller, every scored answer its lowest). */
export const Dormant: Story = { args: { profile: profileByTier.dormant }, play: showsTier('Dormant') };

/** On social media, with little plan behind it. */
export const Presence: Story = { args: { profile: profileByTier.presence }, play: showsTier('Presence') };

/** Content that suits the buyers, and conversations with them. */
export const Engaged: Story = { args: { profile: profileByTier.engaged }, play: showsTier('Engaged') };

/** Owned, governed, measured and linked to sales. */
export const Formalized: Story = { args: { profile: profileByTier.formalized }, play: showsTier('Formalised') };

/** The top tier, from constructed answers. */
export const Network: Story = { args: { profile: profileByTier.network }, play: showsTier('Integrated') };

/** `examples/answers/enterprise-saas.json`: top tier, B2B-aligned, a strength in every dimension. */
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
    await expect(canvas.getByText(/^B2C practice, -46/)).toBeVisible();
  },
};

/** A consumer brand with a consumer practice: B2C-leaning, and that is aligned. */
export const ConsumerAligned: Story = {
  args: { profile: consumerProfile },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Your practice fits the market you sell to.')).toBeVisible();
  },
};

/** Strong everywhere but measurement and organisation: the weakest link holds the tier back. */
export const CappedByWeakestDimension: Story = {
  args: { profile: cappedProfile },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/^Held back by your weakest area, Measurement/)).toBeVisible();
  },
};

/** Two answers, a perfect score on one dimension: provisional, so no tier is claimed; it says how many more answers a tier needs. */
export const Provisional: Story = {
  args: { profile: oneDimensionProfile },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Provisional: too little is answered yet for a reliable result.')).toBeVisible();
    await expect(canvas.getByText(`Answer ${oneDimensionProfile.provisionalReason!.needed} more questions for a tier`)).toBeVisible();
  },
};

/** Nothing answered: no index, no tier, no scores, orientation and fit unknown, and the words say so. */
export const Empty: Story = {
  args: { profile: emptyProfile },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Nothing is answered yet, so there is no index and no tier.')).toBeVisible();
    await expect(canvas.getByText(/^Not enough answers to place your practice/)).toBeVisible();
    // The index, the strengths and the gaps.
    await expect(canvas.getAllByText('None yet')).toHaveLength(3);
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

/**
 * Beside a chart of every dimension's score (`scoresHref` to its id), as `AssessmentResult` lays it
 * out: the strengths and gaps are named without repeating their scores, and a link leads to them.
 */
export const LinkedToScores: Story = {
  args: { profile: enterpriseProfile, scoresHref: '#scores' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const strengths = canvas.getByRole('heading', { name: 'Strengths' }).nextElementSibling as HTMLElement;
    await expect(within(strengths).getAllByRole('listitem')[0]).toHaveTextContent(/^Goals and sales cycle$/);
    await expect(canvas.getByRole('link', { name: 'See the score of every dimension' })).toHaveAttribute('href', '#scores');
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
