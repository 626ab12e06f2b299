import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { AssessmentProvider } from '../src/react/components/AssessmentProvider/AssessmentProvider';
import { RecommendationList } from '../src/react/components/RecommendationList/RecommendationList';
import { emptyProfile, enterpriseProfile, longTextProfile, manufacturerAnswers, mismatchProfile } from './fixtures/comparisonProfiles';
import { socialMediaAssessment, socialMediaReference } from '../src/content/social-media';

const meta = {
  title: 'Components/RecommendationList',
  component: RecommendationList,
  // The toolbar's locale (and each locale's story-test project) reaches the story through this arg.
  argTypes: { locale: { control: 'text' } },
  tags: ['autodocs'],
  args: { questionnaire: socialMediaAssessment, profile: mismatchProfile },
} satisfies Meta<typeof RecommendationList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** `examples/answers/enterprise-saas.json`: one habit left to improve (passing on others' content), so one recommendation. */
export const RealProfile: Story = {
  args: { profile: enterpriseProfile },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'What to do next' })).toBeVisible();
    await expect(canvas.getAllByRole('article')).toHaveLength(1);
    await expect(canvas.getByRole('heading', { name: 'Help others, and share their content' })).toBeVisible();
    await expect(canvas.getByText('Medium priority')).toBeVisible();
  },
};

/** A B2B seller with a consumer-style practice: many recommendations, each saying why; the first five show, the rest behind a button. */
export const Mismatch: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('article')).toHaveLength(5);
    const more = canvas.getByRole('button', { name: `Show ${mismatchProfile.recommendations.length - 5} more` });
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(more);
    await expect(canvas.getAllByRole('article')).toHaveLength(mismatchProfile.recommendations.length);
    await expect(canvas.getByRole('button', { name: 'Show fewer' })).toHaveAttribute('aria-expanded', 'true');
    const first = canvas.getAllByRole('article')[0]!;
    await expect(within(first).getByRole('heading', { name: 'You sell to businesses, but your social media speaks to consumers' })).toBeVisible();
    await expect(within(first).getByText('Your practice leans the opposite way to the market you sell to.')).toBeVisible();
  },
};

/** Only the high-priority advice, at most three. */
export const TopThreeHighPriority: Story = {
  args: { priorities: ['high'], limit: 3 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('article')).toHaveLength(3);
    await expect(canvas.getAllByText('High priority')).toHaveLength(3);
  },
};

/** Nothing answered: nothing to recommend, said in words. */
export const Empty: Story = {
  args: { profile: emptyProfile },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('No recommendations: nothing stood out.')).toBeVisible();
  },
};

/** Long titles, bodies and sources wrap; of two links, only the http(s) one is a link. */
export const LongTexts: Story = {
  args: { profile: longTextProfile },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('link', { name: /A further-reading guide/ })).toHaveLength(3);
    await expect(canvas.queryByRole('link', { name: /Not a real link/ })).toBeNull();
  },
};

/** Inside `AssessmentProvider`, with no `profile` prop: the live profile of the answers. */
export const InsideProvider: Story = {
  args: { profile: undefined, limit: 2, headingLevel: 3 },
  render: (args) => (
    <AssessmentProvider questionnaire={socialMediaAssessment} reference={socialMediaReference} defaultAnswers={manufacturerAnswers}>
      <RecommendationList {...args} />
    </AssessmentProvider>
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { level: 3, name: 'What to do next' })).toBeVisible();
  },
};
