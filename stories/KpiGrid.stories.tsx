import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { KpiGrid } from '../src/react/components/KpiGrid/KpiGrid';
import {
  consumerProfile,
  emptyProfile,
  enterpriseProfile,
  lastQuarterProfile,
  longTextQuestionnaire,
  mismatchProfile,
} from './fixtures/profiles';
import { socialMediaAssessment } from '../src/content/social-media';

const meta = {
  title: 'Components/KpiGrid',
  component: KpiGrid,
  // The toolbar's locale (and each locale's story-test project) reaches the story through this arg.
  argTypes: { locale: { control: 'text' } },
  tags: ['autodocs'],
  // No `currency`: money shows in US dollars, the bundled benchmarks' currency, as it does for a host that names none.
  args: { questionnaire: socialMediaAssessment, profile: enterpriseProfile },
} satisfies Meta<typeof KpiGrid>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every KPI of the enterprise example: money in US dollars, each band as published. */
export const AllKpis: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Key figures' })).toBeVisible();
    await expect(canvas.getAllByRole('article')).toHaveLength(12);
    await expect(canvas.getByRole('button', { name: 'Benchmark $40–$200' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Benchmark 0.44%–0.65%' })).toBeVisible();
  },
};

/** This quarter against last: each card says what changed and whether that is good. */
export const ComparedWithLastQuarter: Story = {
  args: { previousProfile: lastQuarterProfile },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Down $25.00 since before: better (lower is better)')).toBeVisible();
  },
};

/** A chosen few, in the chosen order. */
export const ChosenKpis: Story = {
  args: { kpiIds: ['cpl', 'lead_to_opportunity', 'engagement_rate'] },
  play: async ({ canvasElement }) => {
    const headings = within(canvasElement).getAllByRole('heading', { level: 3 });
    await expect(headings.map((heading) => heading.textContent)).toEqual([
      'Cost per lead (CPL)',
      'Lead-to-opportunity rate',
      'Engagement rate',
    ]);
  },
};

/** The manufacturer: one KPI not available, some below their bands. */
export const WithUnavailable: Story = {
  args: { profile: mismatchProfile },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('It cannot be worked out while “Opportunities from social media” is 0.')).toBeVisible();
  },
};

/** The same, leaving out what is not available. */
export const HideUnavailable: Story = {
  args: { profile: mismatchProfile, hideUnavailable: true },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('article')).toHaveLength(11);
  },
};

/** No figures shared: every card names the figures it needs. */
export const NoFigures: Story = {
  args: { profile: consumerProfile },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByText(/^It needs your figures? for “/)).toHaveLength(12);
  },
};

/** Nothing to show. */
export const Empty: Story = {
  args: { profile: emptyProfile, hideUnavailable: true },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('No key figures to show.')).toBeVisible();
  },
};

/** German number format and euros. */
export const GermanEuros: Story = {
  args: { locale: 'de', currency: 'EUR', kpiIds: ['cpl', 'engagement_rate', 'downloads'] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('1.350')).toBeVisible();
  },
};

/** Long KPI labels. */
export const LongTexts: Story = {
  args: { questionnaire: longTextQuestionnaire, previousProfile: lastQuarterProfile },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('heading', { name: /measured over the last full quarter/ })).toHaveLength(12);
  },
};
