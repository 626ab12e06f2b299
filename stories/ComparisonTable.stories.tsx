import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { AssessmentProvider } from '../src/react/components/AssessmentProvider/AssessmentProvider';
import { ComparisonTable } from '../src/react/components/ComparisonTable/ComparisonTable';
import {
  committeeProfiles,
  emptyProfile,
  enterpriseProfile,
  lastQuarterProfile,
  longReference,
  manufacturerAnswers,
  mismatchProfile,
} from './fixtures/comparisonProfiles';
import { socialMediaAssessment, socialMediaReference } from '../src/content/social-media';

const meta = {
  title: 'Components/ComparisonTable',
  component: ComparisonTable,
  // The toolbar's locale (and each locale's story-test project) reaches the story through this arg.
  argTypes: { locale: { control: 'text' } },
  tags: ['autodocs'],
  args: { questionnaire: socialMediaAssessment, reference: socialMediaReference.comparison, profile: enterpriseProfile },
} satisfies Meta<typeof ComparisonTable>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The table is there, named by its caption, with the given column headers. */
const showsColumns =
  (caption: string, headers: string[]): Story['play'] =>
  async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const table = canvas.getByRole('table', { name: caption });
    await expect(table).toBeVisible();
    await expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(headers);
  };

/** `examples/answers/enterprise-saas.json`: high scores beside the B2B and B2C practice. */
export const RealProfile: Story = {
  play: async (context) => {
    await showsColumns('B2B and B2C practice compared', ['Dimension', 'B2B practice', 'B2C practice', 'Your score'])?.(context);
    const canvas = within(context.canvasElement);
    await expect(canvas.getByText('Professional networks such as LinkedIn and X, where the industry talks.')).toBeVisible();
  },
};

/** A B2B seller with a consumer-style practice: low scores against the B2B column. */
export const Mismatch: Story = {
  args: { profile: mismatchProfile },
  play: async ({ canvasElement }) => {
    const row = within(canvasElement).getByRole('rowheader', { name: 'Platforms and presence' }).closest('tr') as HTMLElement;
    // Visual platforms, a company page only and no groups: 1 of 9 points for a business seller.
    await expect(within(row).getByText('11')).toBeVisible();
  },
};

/** Nothing answered: every score says "Not enough answers", never a zero. */
export const Empty: Story = {
  args: { profile: emptyProfile },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByText('Not enough answers')).toHaveLength(10);
  },
};

/** This quarter against last quarter: the network and proof answers improved. */
export const LastQuarter: Story = {
  args: { profile: mismatchProfile, primaryLabel: 'This quarter', profiles: [{ label: 'Last quarter', profile: lastQuarterProfile }] },
  play: showsColumns('B2B and B2C practice compared', ['Dimension', 'B2B practice', 'B2C practice', 'This quarter', 'Last quarter']),
};

/** Three members of one buying committee; the executive stopped after the first sections, so most of that column has not enough answers. */
export const BuyingCommittee: Story = {
  args: {
    profile: committeeProfiles[0]!.profile,
    primaryLabel: committeeProfiles[0]!.label,
    profiles: committeeProfiles.slice(1),
    showReference: false,
  },
  play: async (context) => {
    await showsColumns('Scores by dimension, side by side', ['Dimension', 'Marketing', 'Sales', 'Executive'])?.(context);
    await expect(within(context.canvasElement).getAllByText('Not enough answers').length).toBeGreaterThan(0);
  },
};

/** The committee beside the reference columns: six columns, so it scrolls sideways on a phone. */
export const BuyingCommitteeWithReference: Story = {
  args: { profile: committeeProfiles[0]!.profile, primaryLabel: committeeProfiles[0]!.label, profiles: committeeProfiles.slice(1) },
  play: async ({ canvasElement }) => {
    const region = within(canvasElement).getByRole('region', { name: 'B2B and B2C practice compared' });
    await expect(region).toHaveAttribute('tabindex', '0');
  },
};

/** Long reference texts and column labels wrap inside their cells. */
export const LongTexts: Story = {
  args: {
    profile: mismatchProfile,
    reference: longReference,
    primaryLabel: 'Marketing team, answered in March by the head of digital',
    profiles: [{ label: 'Sales team, answered in April by the regional sales director', profile: lastQuarterProfile }],
    caption: 'How our practice compares with what business buyers and consumers expect, dimension by dimension',
  },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole('table', {
        name: 'How our practice compares with what business buyers and consumers expect, dimension by dimension',
      }),
    ).toBeVisible();
  },
};

/** Inside `AssessmentProvider`, with no `profile` prop: the live profile of the answers. */
export const InsideProvider: Story = {
  args: { profile: undefined },
  render: (args) => (
    <AssessmentProvider questionnaire={socialMediaAssessment} reference={socialMediaReference} defaultAnswers={manufacturerAnswers}>
      <ComparisonTable {...args} />
    </AssessmentProvider>
  ),
  play: async ({ canvasElement }) => {
    const row = within(canvasElement).getByRole('rowheader', { name: 'Network and employee advocacy' }).closest('tr') as HTMLElement;
    // The manufacturer's network answers: 7 of 16 points.
    await expect(within(row).getByText('44')).toBeVisible();
  },
};
