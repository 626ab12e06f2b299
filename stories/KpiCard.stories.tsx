import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { KpiCard } from '../src/react/components/KpiCard/KpiCard';
import { consumerProfile, enterpriseProfile, kpiOf, longTextQuestionnaire, mismatchProfile } from './fixtures/profiles';
import { socialMediaAssessment } from '../src/content/social-media';

const meta = {
  title: 'Components/KpiCard',
  component: KpiCard,
  // The toolbar's locale (and each locale's story-test project) reaches the story through this arg.
  argTypes: { locale: { control: 'text' } },
  tags: ['autodocs'],
  args: { questionnaire: socialMediaAssessment, profile: enterpriseProfile, kpiId: 'engagement_rate' },
  decorators: [(Story) => <div style={{ maxWidth: '20rem' }}>{Story()}</div>],
} satisfies Meta<typeof KpiCard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Within the benchmark band. */
export const WithinBenchmark: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Engagement rate' })).toBeVisible();
    await expect(canvas.getByText('Within the benchmark')).toBeVisible();
  },
};

/** Above the band where higher is better. */
export const BetterThanBenchmark: Story = {
  args: { profile: mismatchProfile },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Better than the benchmark')).toBeVisible();
  },
};

/** A cost above its band: worse, because lower is better. No `currency`: money is in US dollars, the benchmark's currency. */
export const WorseThanBenchmark: Story = {
  args: { profile: mismatchProfile, kpiId: 'cpl' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('$500.00')).toBeVisible();
    await expect(canvas.getByText('Worse than the benchmark')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Benchmark $40–$200' })).toBeVisible();
  },
};

/** A band with two decimals, shown as published: 0.44%–0.65%, not rounded to 0.4%–0.7%. */
export const PreciseBand: Story = {
  args: { kpiId: 'ctr' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: 'Benchmark 0.44%–0.65%' })).toBeVisible();
    await expect(canvas.getByText('0.55%')).toBeVisible();
  },
};

/** No opportunities yet, so there is no cost per opportunity: the card names the figure that is 0. */
export const NotAvailable: Story = {
  args: { profile: mismatchProfile, kpiId: 'cost_per_opportunity' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Not available')).toBeVisible();
    await expect(canvas.getByText('It cannot be worked out while “Opportunities from social media” is 0.')).toBeVisible();
  },
};

/** The respondent did not share the figures: the card names the ones it needs. */
export const MissingInput: Story = {
  args: { profile: consumerProfile },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByText('It needs your figures for “Engagements on that content” and “Impressions on your company\'s posts and ads”.'),
    ).toBeVisible();
  },
};

/** The benchmark's source, year and note: on hover, on keyboard focus, and on click. */
export const BenchmarkSource: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    const trigger = canvas.getByRole('button', { name: 'Benchmark 2%–3%' });
    await expect(trigger).toHaveFocus();
    await expect(trigger).toHaveAccessibleDescription(/^Source: ViralBrain \/ SociaVault, 2026\./);
    await expect(canvas.getByText('Source: ViralBrain / SociaVault, 2026.')).toBeVisible();
  },
};

/** Up since before, where higher is better. */
export const ImprovedHigherIsBetter: Story = {
  args: { previous: 1.6 },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Up 1.2 percentage points since before: better (higher is better)')).toBeVisible();
  },
};

/** Down since before, where lower is better: good news, and the words say so. */
export const ImprovedLowerIsBetter: Story = {
  args: { kpiId: 'cpl', currency: 'USD', previous: 150 },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Down $25.00 since before: better (lower is better)')).toBeVisible();
  },
};

/** Up since before, where lower is better: bad news. */
export const WorsenedLowerIsBetter: Story = {
  args: { kpiId: 'cpl', currency: 'USD', previous: 100 },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Up $25.00 since before: worse (lower is better)')).toBeVisible();
  },
};

/** With a target set by the host. */
export const WithTarget: Story = {
  args: { kpi: { ...kpiOf(enterpriseProfile, 'engagement_rate'), target: 3.5 } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Target 3.5%')).toBeVisible();
  },
};

/** A KPI without a benchmark: no band, no source. */
export const NoBenchmark: Story = {
  args: { kpiId: 'downloads', previous: 1100 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('1,350')).toBeVisible();
    await expect(canvas.queryByRole('button')).toBeNull();
  },
};

/** German number format and euros. */
export const GermanEuros: Story = {
  args: { kpiId: 'cpl', locale: 'de', currency: 'EUR', previous: 150 },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/^125,00\s€$/)).toBeVisible();
  },
};

/** A long label and a long note. */
export const LongTexts: Story = {
  args: { questionnaire: longTextQuestionnaire, kpiId: 'ctr', previous: 0.4 },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { name: /measured over the last full quarter/ })).toBeVisible();
  },
};
