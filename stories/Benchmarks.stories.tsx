import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { findPeerSegment, histogramMedian, localise, peerPercentile, scoreAnswers, type Answers, type PeerBenchmark } from '../src/core';
import { socialMediaAssessment, socialMediaReference } from '../src/content/social-media';
import { AssessmentProvider, AssessmentResult, DimensionChart, ProfileSummary, resolveUiMessages } from '../src/react';
import { answersAtLevel, oneDimensionProfile } from './fixtures/profiles';
import { peerBenchmark, sampleBenchmark, withheldBenchmark } from './fixtures/sampleBenchmark';

/** A business seller with 10–49 staff, mostly well organised: one of 140 such companies in the sample benchmark. */
const smallB2b: Answers = { ...answersAtLevel(0.75), market: 'b2b', company_size: 'small' };
const profile = scoreAnswers(socialMediaAssessment, smallB2b);

/** Props of the story's view: the summary and the chart given one benchmark, in one locale. */
interface BenchmarkViewProps {
  locale: string;
  benchmark: PeerBenchmark;
  answers: Answers;
  variant?: 'bars' | 'radar';
  /** Show the summary of a provisional profile instead. */
  provisional?: boolean;
}

/** `ProfileSummary` and `DimensionChart` side by side with a `benchmark`, as a host lays out its own result. */
function BenchmarkView({ locale, benchmark, answers, variant = 'bars', provisional = false }: BenchmarkViewProps) {
  const shown = provisional ? oneDimensionProfile : scoreAnswers(socialMediaAssessment, answers);
  const common = { questionnaire: socialMediaAssessment, profile: shown, locale, benchmark, peerAnswers: answers };
  return (
    <div lang={locale} style={{ display: 'grid', gap: '1.5rem' }}>
      <ProfileSummary {...common} />
      <DimensionChart {...common} variant={variant} />
    </div>
  );
}

const meta = {
  title: 'Flows/Benchmarks',
  component: BenchmarkView,
  args: { locale: 'en', benchmark: peerBenchmark, answers: smallB2b },
  parameters: {
    docs: {
      description: {
        component:
          'Peer benchmarks in the result views: "ahead of N % of companies like yours" in the summary and the peers’ median on each dimension of the chart, from the most specific group of peers that is large enough to show. The sample benchmark is made by a seeded generator (stories/fixtures/sampleBenchmark.ts).',
      },
    },
  },
} satisfies Meta<typeof BenchmarkView>;

export default meta;
type Story = StoryObj<typeof meta>;

const percent = (value: number, locale: string) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
const optionLabel = (questionId: string, optionId: string, locale: string) => {
  const question = socialMediaAssessment.sections.flatMap((section) => section.questions).find((candidate) => candidate.id === questionId);
  const option = question && 'options' in question ? question.options.find((candidate) => candidate.id === optionId) : undefined;
  return option ? localise(option.label, locale) : optionId;
};

/** What a respondent reads in `locale`: the percentile sentence, who the peers are, and each dimension's median in the chart's table. */
const readsComparison =
  (locale: string): Story['play'] =>
  async ({ canvasElement }) => {
    const messages = resolveUiMessages(locale);
    const canvas = within(canvasElement);
    const segment = findPeerSegment(peerBenchmark, smallB2b)!;
    const ahead = messages['benchmark.ahead'].replace('{percent}', percent(peerPercentile(segment.index, profile.index!)!, locale));
    await expect(canvas.getByText(ahead)).toBeVisible();
    await expect(canvas.getByText(new RegExp(optionLabel('company_size', 'small', locale).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), { selector: 'p' })).toBeVisible();
    const table = canvas.getByRole('table', { name: messages['chart.title'] });
    await expect(within(table).getByRole('columnheader', { name: messages['benchmark.median'] })).toBeInTheDocument();
    for (const dimension of socialMediaAssessment.dimensions) {
      const row = within(table).getByRole('rowheader', { name: localise(dimension.label, locale) }).closest('tr')!;
      await expect(row.lastElementChild).toHaveTextContent(String(histogramMedian(segment.dimensions[dimension.id]!)));
    }
  };

/** A business seller with 10–49 staff, compared with the 140 such companies of the benchmark. */
export const English: Story = { play: readsComparison('en') };

/** The same in Traditional Chinese: the group is named in the questionnaire's own labels. */
export const TraditionalChinese: Story = { args: { locale: 'zh-Hant' }, play: readsComparison('zh-Hant') };

/** The same in Hausa. */
export const Hausa: Story = { args: { locale: 'ha' }, play: readsComparison('ha') };

/** The peers' medians as ticks across the radar's spokes. */
export const Radar: Story = { args: { variant: 'radar' }, play: readsComparison('en') };

/** Every group is below the benchmark's minimum size: no sentence, no median, nothing that could single anyone out. */
export const GroupTooSmall: Story = {
  args: { benchmark: withheldBenchmark },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Your readiness profile' })).toBeVisible();
    await expect(canvas.queryByText(/companies like yours/)).toBeNull();
    await expect(within(canvas.getByRole('table')).getAllByRole('columnheader')).toHaveLength(2);
  },
};

/** A provisional profile is not ranked: the summary says nothing about peers (the chart still shows their medians). */
export const Provisional: Story = {
  args: { provisional: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByText(/^Ahead of/)).toBeNull();
    await expect(canvas.getByRole('columnheader', { name: 'Median of companies like yours' })).toBeInTheDocument();
  },
};

/** No peer has a score on measurement: its row says so, and it gets no tick. */
export const DimensionWithoutPeers: Story = {
  args: { benchmark: sampleBenchmark({ unscoredDimensions: ['measurement'] }) },
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole('table');
    const row = within(table).getByRole('rowheader', { name: 'Measurement' }).closest('tr')!;
    await expect(row.lastElementChild).toHaveTextContent('No data from companies like yours');
    await expect(canvasElement.querySelector('[data-dimension="measurement"] .rk-DimensionChart-median')).toBeNull();
  },
};

/** The whole result as the wizard shows it, the benchmark given to the provider: summary, chart and the peers' distribution. */
export const WholeResult: Story = {
  render: ({ locale, benchmark, answers }) => (
    <AssessmentProvider questionnaire={socialMediaAssessment} reference={socialMediaReference} benchmark={benchmark} defaultAnswers={answers} locale={locale}>
      <AssessmentResult headingLevel={2} />
    </AssessmentProvider>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/^Ahead of \d+% of companies like yours$/)).toBeVisible();
    // The distribution sits in a disclosure below the result's headline.
    await userEvent.click(canvas.getByText('How companies like yours score', { selector: 'summary *' }));
    await expect(canvas.getByRole('region', { name: 'How companies like yours score' })).toBeVisible();
  },
};
