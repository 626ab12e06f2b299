import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { DimensionChart } from '../src/react/components/DimensionChart/DimensionChart';
import {
  consumerProfile,
  emptyProfile,
  enterpriseProfile,
  lastQuarterProfile,
  longTextQuestionnaire,
  mismatchProfile,
  oneDimensionProfile,
} from './fixtures/profiles';
import { socialMediaAssessment } from '../src/content/social-media';

const meta = {
  title: 'Components/DimensionChart',
  component: DimensionChart,
  // The toolbar's locale (and each locale's story-test project) reaches the story through this arg.
  argTypes: { locale: { control: 'text' } },
  tags: ['autodocs'],
  args: { questionnaire: socialMediaAssessment, profile: enterpriseProfile },
} satisfies Meta<typeof DimensionChart>;

export default meta;
type Story = StoryObj<typeof meta>;

const showsTitle: Story['play'] = async ({ canvasElement }) => {
  await expect(within(canvasElement).getByRole('heading', { name: 'Scores by dimension' })).toBeVisible();
};

/** Horizontal bars, the default: robust with ten long labels. */
export const Bars: Story = {
  play: async (context) => {
    await showsTitle(context);
    await expect(within(context.canvasElement).getByText('Measurement', { selector: 'tspan' })).toBeVisible();
  },
};

/** The same scores as a radar. */
export const Radar: Story = { args: { variant: 'radar' }, play: showsTitle };

/** Two answers on one dimension: the other nine have not enough answers, shown as such, not as zero. */
export const NotAnswered: Story = {
  args: { profile: oneDimensionProfile },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByText('Not enough answers', { selector: 'text' })).toHaveLength(9);
  },
};

/** The radar with dimensions short of answers: dashed spokes, "Not enough answers" under their labels. */
export const NotAnsweredRadar: Story = {
  args: { profile: oneDimensionProfile, variant: 'radar' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByText('Not enough answers', { selector: 'tspan' })).toHaveLength(9);
  },
};

/** Nothing answered at all. */
export const Empty: Story = {
  args: { profile: emptyProfile },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByText('Not enough answers', { selector: 'text' })).toHaveLength(10);
  },
};

/** This quarter against last: a second series, hatched, named in the legend. */
export const ComparedWithLastQuarter: Story = {
  args: {
    seriesLabel: 'This quarter',
    compareWith: [{ label: 'Last quarter', profile: lastQuarterProfile }],
  },
  play: async ({ canvasElement }) => {
    const legend = within(canvasElement).getByRole('list', { name: 'Legend' });
    await expect(within(legend).getByText('Last quarter')).toBeVisible();
  },
};

/** Team members on a radar: each series its own dash and marker shape, not only its own colour. */
export const TeamMembersRadar: Story = {
  args: {
    variant: 'radar',
    seriesLabel: 'Aiko (marketing)',
    compareWith: [
      { label: 'Bola (sales)', profile: mismatchProfile },
      { label: 'Chen (service)', profile: consumerProfile },
      { label: 'Dara (new hire)', profile: oneDimensionProfile },
    ],
  },
  play: async ({ canvasElement }) => {
    const legend = within(canvasElement).getByRole('list', { name: 'Legend' });
    await expect(within(legend).getAllByRole('listitem')).toHaveLength(4);
  },
};

/** Team members as bars: solid, hatched, dotted and cross-hatched. */
export const TeamMembersBars: Story = { args: { ...TeamMembersRadar.args, variant: 'bars' }, play: TeamMembersRadar.play };

/** Long dimension labels wrap onto several lines instead of being cut off. */
export const LongLabels: Story = {
  args: { questionnaire: longTextQuestionnaire, compareWith: [{ label: 'Last quarter', profile: lastQuarterProfile }] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Measurement across every team, region and', { selector: 'tspan' })).toBeVisible();
  },
};

/** Long labels on the radar. */
export const LongLabelsRadar: Story = { args: { questionnaire: longTextQuestionnaire, variant: 'radar' }, play: showsTitle };
