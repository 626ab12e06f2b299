import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { AssessmentProvider } from '../src/react/components/AssessmentProvider/AssessmentProvider';
import { NetworkRings } from '../src/react/components/NetworkRings/NetworkRings';
import {
  consumerProfile,
  emptyProfile,
  enterpriseProfile,
  longRings,
  manufacturerAnswers,
  mismatchProfile,
} from './fixtures/comparisonProfiles';
import { socialMediaAssessment, socialMediaReference } from '../src/content/social-media';

const meta = {
  title: 'Components/NetworkRings',
  component: NetworkRings,
  // The toolbar's locale (and each locale's story-test project) reaches the story through this arg.
  argTypes: { locale: { control: 'text' } },
  tags: ['autodocs'],
  args: { questionnaire: socialMediaAssessment, rings: socialMediaReference.networkRings, profile: enterpriseProfile },
} satisfies Meta<typeof NetworkRings>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The tie strength of one ring, as the table says it. */
const strengthOf = (canvasElement: HTMLElement, ring: string) =>
  within(within(canvasElement).getByRole('rowheader', { name: ring }).closest('tr') as HTMLElement).getAllByRole('cell')[1];

/** `examples/answers/enterprise-saas.json`: strong ties on every ring but customers. */
export const RealProfile: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { name: 'Your business network' })).toBeVisible();
    await expect(strengthOf(canvasElement, 'Employees')).toHaveTextContent('Strong ties, 100%');
  },
};

/** The B2B manufacturer with a consumer-style practice: growing ties, weak to influencers. */
export const Mismatch: Story = {
  args: { profile: mismatchProfile },
  play: async ({ canvasElement }) => {
    // Media only, 1 of the 5 options of the outermost ring.
    await expect(strengthOf(canvasElement, 'Industry influencers')).toHaveTextContent('Weak ties, 20%');
  },
};

/** The consumer brand, scored for consumer practice: growing ties to its own people and customers, weak to influencers, none to partners. */
export const Consumer: Story = {
  args: { profile: consumerProfile },
  play: async ({ canvasElement }) => {
    await expect(strengthOf(canvasElement, 'Partners')).toHaveTextContent('No ties, 0%');
  },
};

/** Nothing answered: every ring is dashed and says "Not enough answers". */
export const Empty: Story = {
  args: { profile: emptyProfile },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByText('Not enough answers')).toHaveLength(4);
  },
};

/** The chart alone: the table stays for screen readers only. */
export const ChartOnly: Story = {
  args: { profile: mismatchProfile, showTable: false },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { name: 'Your business network' })).toBeVisible();
    await expect(within(canvasElement).getByRole('table', { name: 'Tie strength by ring of your industry' })).toBeInTheDocument();
  },
};

/** Long ring names are shortened on the chart and given in full in the table. */
export const LongTexts: Story = {
  args: { profile: mismatchProfile, rings: longRings },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('rowheader', { name: 'Employees across sales, service and leadership' })).toBeVisible();
  },
};

/** Inside `AssessmentProvider`, with no `profile` prop: the live profile of the answers. */
export const InsideProvider: Story = {
  args: { profile: undefined },
  render: (args) => (
    <AssessmentProvider questionnaire={socialMediaAssessment} reference={socialMediaReference} defaultAnswers={manufacturerAnswers}>
      <NetworkRings {...args} />
    </AssessmentProvider>
  ),
  play: async ({ canvasElement }) => {
    await expect(strengthOf(canvasElement, 'Customers')).toHaveTextContent('Growing ties, 67%');
  },
};
