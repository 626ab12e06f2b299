import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { binOf, findPeerSegment, histogramMedian, peerPercentile, scoreAnswers, type Answers } from '../src/core';
import { socialMediaAssessment } from '../src/content/social-media';
import { PeerDistribution } from '../src/react/components/PeerDistribution/PeerDistribution';
import { resolveUiMessages } from '../src/react';
import { answersAtLevel, oneDimensionProfile } from './fixtures/profiles';
import { peerBenchmark, withheldBenchmark } from './fixtures/sampleBenchmark';

/** A business seller with 10–49 staff, mostly well organised: one of 140 such companies in the sample benchmark. */
const smallB2b: Answers = { ...answersAtLevel(0.75), market: 'b2b', company_size: 'small' };
const profile = scoreAnswers(socialMediaAssessment, smallB2b);
const segment = findPeerSegment(peerBenchmark, smallB2b)!;

const meta = {
  title: 'Components/PeerDistribution',
  component: PeerDistribution,
  // The toolbar's locale (and each locale's story-test project) reaches the story through this arg.
  argTypes: { locale: { control: 'text' } },
  tags: ['autodocs'],
  args: { questionnaire: socialMediaAssessment, profile, benchmark: peerBenchmark, peerAnswers: smallB2b },
  parameters: {
    docs: {
      description: {
        component:
          'How the readiness index of companies like the respondent’s is spread, from a peer benchmark (`readiness-kit aggregate`): bands of 10 points, the respondent’s index marked. The picture has a text alternative and its data sits in a table for screen readers. Nothing is shown when no group of peers is large enough.',
      },
    },
  },
} satisfies Meta<typeof PeerDistribution>;

export default meta;
type Story = StoryObj<typeof meta>;

const percent = (value: number, locale: string) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);

/** What a respondent reads in `locale`: the heading, the image's words with their percentile and median, the band table. */
const readsDistribution =
  (locale: string): Story['play'] =>
  async ({ canvasElement }) => {
    const messages = resolveUiMessages(locale);
    const canvas = within(canvasElement);
    const region = canvas.getByRole('region', { name: messages['distribution.title'] });
    await expect(region).toBeVisible();
    const image = within(region).getByRole('img');
    const label = image.getAttribute('aria-label') ?? '';
    await expect(label).toContain(percent(peerPercentile(segment.index, profile.index!)!, locale));
    await expect(label).toContain(new Intl.NumberFormat(locale).format(histogramMedian(segment.index)!));
    const table = within(region).getByRole('table', { name: messages['distribution.title'] });
    await expect(within(table).getAllByRole('row')).toHaveLength(11);
    const yourBand = Math.floor(Math.min(binOf(profile.index!), 99) / 10) * 10;
    await expect(within(table).getByRole('rowheader', { name: new RegExp(`^${yourBand}–`) })).toHaveTextContent(messages['distribution.yourBand']);
  };

/** A business seller with 10–49 staff among the 140 such companies of the sample benchmark. */
export const English: Story = { args: { locale: 'en' }, play: readsDistribution('en') };

/** The same in Traditional Chinese: words from the kit's catalog, the group in the questionnaire's own labels. */
export const TraditionalChinese: Story = { args: { locale: 'zh-Hant' }, play: readsDistribution('zh-Hant') };

/** The same in Hausa. */
export const Hausa: Story = { args: { locale: 'ha' }, play: readsDistribution('ha') };

/** Wider bands for a coarser picture: 0–24, 25–49, 50–74, 75–100. */
export const BandsOf25: Story = {
  args: { bandWidth: 25 },
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole('table');
    await expect(within(table).getAllByRole('rowheader').map((cell) => cell.textContent?.replace(/ \(.*\)$/, ''))).toEqual(['0–24', '25–49', '50–74', '75–100']);
  },
};

/** A respondent of a withheld group (12 business sellers with 1,000+ staff are too few): compared with all 342 business sellers. */
export const WholeMarket: Story = {
  args: { peerAnswers: { ...smallB2b, company_size: 'enterprise' } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/: 342 companies$/)).toBeVisible();
  },
};

/** A provisional profile is not placed among its peers: the distribution stands alone, with no marker. */
export const Provisional: Story = {
  args: { profile: oneDimensionProfile },
  play: async ({ canvasElement }) => {
    const label = within(canvasElement).getByRole('img').getAttribute('aria-label') ?? '';
    await expect(label).not.toContain('Your index');
    await expect(canvasElement.querySelector('.rk-PeerDistribution-you')).toBeNull();
  },
};

/** Every group is below the benchmark's minimum size: nothing is shown, so no respondent can be singled out. */
export const GroupTooSmall: Story = {
  args: { benchmark: withheldBenchmark },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('region')).toBeNull();
    await expect(within(canvasElement).queryByRole('img')).toBeNull();
  },
};
