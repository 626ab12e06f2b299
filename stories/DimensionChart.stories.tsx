import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactElement } from 'react';
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

/** Horizontal bars, the default: slim bars on a thin rail, each value just after its bar's end. */
export const Bars: Story = {
  play: async (context) => {
    await showsTitle(context);
    await expect(within(context.canvasElement).getByText('Measurement', { selector: 'tspan' })).toBeVisible();
    await expectValuesAtBarEnds(context.canvasElement);
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

/** Every line of every bar label, as drawn: its text and where it ends. */
const labelLines = (canvasElement: HTMLElement) =>
  [...canvasElement.querySelectorAll<SVGTSpanElement>('.rk-DimensionChart-row > .rk-DimensionChart-label tspan')].map((line) => ({
    text: line.textContent ?? '',
    right: line.getBoundingClientRect().right,
  }));

/** Checks that the bar labels wrap within the chart's width, each line whole words of the label. */
async function expectLabelsWrapInside(canvasElement: HTMLElement) {
  const svg = canvasElement.querySelector('.rk-DimensionChart-svg')!.getBoundingClientRect();
  const lines = labelLines(canvasElement);
  for (const line of lines) await expect(line.right).toBeLessThanOrEqual(svg.right);
  await expect(lines.map((line) => line.text).join(' ')).toContain('Measurement across every team, region and business unit of the company');
}

/** Checks that each value sits just after the end of its own bar, not at the far end of the track. */
async function expectValuesAtBarEnds(canvasElement: HTMLElement) {
  const svg = canvasElement.querySelector('.rk-DimensionChart-svg')!.getBoundingClientRect();
  const groups = [...canvasElement.querySelectorAll('.rk-DimensionChart-row')];
  for (const row of groups)
    for (const bar of row.querySelectorAll('.rk-DimensionChart-barGroup[data-state="scored"]')) {
      const series = bar.getAttribute('data-series');
      const end = bar.querySelector('.rk-DimensionChart-bar')!.getBoundingClientRect().right;
      const value = row.querySelector(`.rk-DimensionChart-value[data-series="${series}"]`)!.getBoundingClientRect();
      await expect(value.left - end).toBeGreaterThanOrEqual(2);
      await expect(value.left - end).toBeLessThanOrEqual(10);
      await expect(value.right).toBeLessThanOrEqual(svg.right);
    }
}

/** Long dimension labels wrap onto several lines, within the chart's width, instead of being cut off. */
export const LongLabels: Story = {
  args: { questionnaire: longTextQuestionnaire, compareWith: [{ label: 'Last quarter', profile: lastQuarterProfile }] },
  play: async ({ canvasElement }) => {
    await expectLabelsWrapInside(canvasElement);
    await expectValuesAtBarEnds(canvasElement);
  },
};

/** Long labels on the radar. */
export const LongLabelsRadar: Story = { args: { questionnaire: longTextQuestionnaire, variant: 'radar' }, play: showsTitle };

/** A frame as narrow as a small phone's column. */
const phoneFrame = (width: number) => (Story: () => ReactElement) => (
  <div data-frame="phone" style={{ width }}>
    <Story />
  </div>
);

/** Long labels on a 320 px phone: the lines wrap to the width and every value still sits beside its bar, a full bar's too. */
export const LongLabelsOnPhone: Story = {
  args: LongLabels.args,
  decorators: [phoneFrame(320)],
  play: async ({ canvasElement }) => {
    await expectLabelsWrapInside(canvasElement);
    await expectValuesAtBarEnds(canvasElement);
    const frame = canvasElement.querySelector<HTMLElement>('[data-frame="phone"]')!;
    await expect(frame.scrollWidth).toBeLessThanOrEqual(frame.clientWidth);
  },
};

const intersects = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Checks the radar as a phone shows it: drawn in CSS pixels (labels of at least 12 px, not scaled
 * down), each label apart from the others and inside the frame.
 */
async function expectReadableRadar(canvasElement: HTMLElement) {
  const frame = canvasElement.querySelector<HTMLElement>('[data-frame="phone"]')!.getBoundingClientRect();
  const svg = canvasElement.querySelector<SVGSVGElement>('.rk-DimensionChart-svg')!;
  const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
  const labels = [...svg.querySelectorAll<SVGTextElement>('.rk-DimensionChart-label')];
  await expect(labels).toHaveLength(10);
  const boxes = labels.map((label) => label.getBoundingClientRect());
  for (const [index, label] of labels.entries()) {
    await expect(parseFloat(getComputedStyle(label).fontSize) * scale).toBeGreaterThanOrEqual(12);
    await expect(boxes[index]!.left).toBeGreaterThanOrEqual(frame.left);
    await expect(boxes[index]!.right).toBeLessThanOrEqual(frame.right);
    for (const other of boxes.slice(index + 1)) await expect(intersects(boxes[index]!, other)).toBe(false);
  }
}

/** The radar on a 320 px phone, in `locale`: labels of the reading size, none overlapping or cut off. */
const radarOnPhone = (locale: string): Story => ({
  name: `Radar on a phone (${locale})`,
  args: { variant: 'radar', locale },
  decorators: [phoneFrame(320)],
  play: async ({ canvasElement }) => expectReadableRadar(canvasElement),
});

export const RadarOnPhoneEnglish = radarOnPhone('en');
export const RadarOnPhoneTraditionalChinese = radarOnPhone('zh-Hant');
export const RadarOnPhoneHausa = radarOnPhone('ha');
