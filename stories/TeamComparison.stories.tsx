import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { ComparisonTable } from '../src/react/components/ComparisonTable/ComparisonTable';
import { TeamComparison } from '../src/react/components/TeamComparison/TeamComparison';
import { committeeOfThree } from './fixtures/committeeProfiles';
import { emptyProfile, enterpriseProfile, longTextQuestionnaire } from './fixtures/profiles';
import { tableColumn as column } from '../test/fixtures/tableColumn';
import { socialMediaAssessment, socialMediaReference } from '../src/content/social-media';

const meta = {
  title: 'Components/TeamComparison',
  component: TeamComparison,
  tags: ['autodocs'],
  args: { questionnaire: socialMediaAssessment, members: committeeOfThree },
} satisfies Meta<typeof TeamComparison>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Marketing, sales and the executive sponsor of one firm, each answering alone. They disagree most
 * on measurement (marketing sees lead figures, sales only reach), then on how the work is organised.
 */
export const BuyingCommittee: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 2, name: 'How your team compares' })).toBeVisible();
    const disputes = within(canvas.getByRole('region', { name: 'Where you disagree most' })).getAllByRole('listitem');
    await expect(disputes.map((item) => item.textContent)).toEqual([
      'Measurement 100 points apart: 100 from Marketing, 0 from Sales.',
      'Organisation and governance 67 points apart: 100 from Marketing and Sales, 33 from Executive.',
      'Relationships and referrals 28 points apart: 79 from Sales, 51 from Marketing.',
    ]);
    const table = canvas.getByRole('table', { name: 'Scores by dimension, side by side' });
    await expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual([
      'Dimension',
      'Marketing',
      'Sales',
      'Executive',
      'Spread',
    ]);
    const spread = column(table, 'Spread');
    await expect(spread['Measurement']).toBe('100Most disagreement');
    await expect(spread['Organisation and governance']).toBe('67');
    await expect(spread['Platforms and presence']).toBe('0');
    const marker = within(table).getByText('Most disagreement');
    await expect(marker).toBeVisible();
    await expect(within(marker.closest('tr')!).getByRole('rowheader')).toHaveTextContent('Measurement');
    await expect(canvas.getByRole('list', { name: 'Legend' })).toHaveTextContent('MarketingSalesExecutive');
  },
};

/** The committee beside the B2B and B2C practice: the table scrolls sideways in its own region on a phone. */
export const WithReference: Story = {
  args: { showReference: true, reference: socialMediaReference.comparison },
  play: async ({ canvasElement }) => {
    const region = within(canvasElement).getByRole('region', { name: 'B2B and B2C practice compared' });
    await expect(region).toHaveAttribute('tabindex', '0');
    await expect(within(region).getByRole('columnheader', { name: 'Spread' })).toBeVisible();
  },
};

/** The chart as a radar: one outline per member, told apart by dash and marker, named in the legend. */
export const Radar: Story = {
  args: { chartVariant: 'radar' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.rk-DimensionChart')).toHaveAttribute('data-variant', 'radar');
    const legend = within(canvasElement).getByRole('list', { name: 'Legend' });
    await expect(within(legend).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Marketing', 'Sales', 'Executive']);
  },
};

/** Two members who answered alike: nothing to argue about, and nothing marked. */
export const EveryoneAgrees: Story = {
  args: {
    members: [
      { label: 'Marketing', profile: enterpriseProfile },
      { label: 'Sales', profile: enterpriseProfile },
    ],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('You agree on every area that two or more of you answered.')).toBeVisible();
    await expect(canvas.queryByText('Most disagreement')).toBeNull();
  },
};

/** One member has not answered yet: there is no spread to show, and the list says why. */
export const TooFewAnswers: Story = {
  args: {
    members: [
      { label: 'Marketing', profile: enterpriseProfile },
      { label: 'Sales (not started)', profile: emptyProfile },
    ],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Too few answers to compare: at least two of you must answer the same area.')).toBeVisible();
    await expect(new Set(Object.values(column(canvas.getByRole('table', { name: 'Scores by dimension, side by side' }), 'Spread')))).toEqual(
      new Set(['Too few answers']),
    );
  },
};

/** No members yet (say, while their answers load). */
export const NoMembers: Story = {
  args: { members: [] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('No answers to compare yet.')).toBeVisible();
  },
};

/** Long member names and dimension labels wrap in the list, the table and the chart. */
export const LongTexts: Story = {
  args: {
    questionnaire: longTextQuestionnaire,
    members: committeeOfThree.map(({ label, profile }) => ({ label: `${label} team, answered by the head of the department in March`, profile })),
  },
  play: async ({ canvasElement }) => {
    const first = within(within(canvasElement).getByRole('region', { name: 'Where you disagree most' })).getAllByRole('listitem')[0]!;
    await expect(first).toHaveTextContent(/^Measurement across every team, region and business unit of the company 100 points apart/);
  },
};

/** In a right-to-left page the columns, the marker rule and the sticky column mirror. */
export const RightToLeft: Story = {
  render: (args) => (
    <div dir="rtl">
      <TeamComparison {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole('table', { name: 'Scores by dimension, side by side' });
    const dimension = within(table).getByRole('rowheader', { name: 'Measurement' });
    await expect(getComputedStyle(dimension).borderRightStyle).toBe('solid');
  },
};

/** `ComparisonTable` alone with `showSpread`, for hosts that lay the committee out themselves. */
export const SpreadColumnOnly: Story = {
  render: () => (
    <ComparisonTable questionnaire={socialMediaAssessment} reference={socialMediaReference.comparison}
      profile={committeeOfThree[0]!.profile}
      primaryLabel={committeeOfThree[0]!.label}
      profiles={committeeOfThree.slice(1)}
      showReference={false}
      showSpread
    />
  ),
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole('table', { name: 'Scores by dimension, side by side' });
    await expect(table).toHaveAccessibleDescription('Spread: the highest score minus the lowest, among those who answered.');
    await expect(column(table, 'Spread')['Relationships and referrals']).toBe('28');
  },
};
