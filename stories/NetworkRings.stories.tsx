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

/** The chart alone: a key names the numbered rings; the table stays for screen readers only. */
export const ChartOnly: Story = {
  args: { profile: mismatchProfile, showTable: false },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { name: 'Your business network' })).toBeVisible();
    await expect(within(canvasElement).getByRole('table', { name: 'Tie strength by ring of your industry' })).toBeInTheDocument();
    const key = canvasElement.querySelector('.rk-NetworkRings-key')!;
    await expect(key).toBeVisible();
    await expect(key.querySelector('[data-ring="influencers"]')).toHaveTextContent('4Industry influencersWeak ties, 20%');
  },
};

/** Long ring names: the chart numbers the rings, the table names them in full beside the same numbers. */
export const LongTexts: Story = {
  args: { profile: mismatchProfile, rings: longRings },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('rowheader', { name: 'Employees across sales, service and leadership' })).toBeVisible();
  },
};

/**
 * Checks the chart as a phone shows it: drawn in CSS pixels, its numbers and the company's name at
 * least 12 px, the name inside the company's circle, the numbers apart, nothing past the frame.
 */
async function expectReadableOnPhone(canvasElement: HTMLElement) {
  const frame = canvasElement.querySelector<HTMLElement>('[data-frame="phone"]')!;
  const svg = canvasElement.querySelector<SVGSVGElement>('.rk-NetworkRings-chart')!;
  const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
  await expect(scale).toBeCloseTo(1, 3);
  const texts = [...svg.querySelectorAll<SVGTextElement>('text')];
  for (const text of texts) await expect(parseFloat(getComputedStyle(text).fontSize) * scale).toBeGreaterThanOrEqual(12);
  const company = svg.querySelector('.rk-NetworkRings-company')!.getBoundingClientRect();
  const name = svg.querySelector('.rk-NetworkRings-companyLabel')!.getBoundingClientRect();
  await expect(name.left).toBeGreaterThanOrEqual(company.left);
  await expect(name.right).toBeLessThanOrEqual(company.right);
  const badges = [...svg.querySelectorAll('.rk-NetworkRings-badgeDisc')].map((badge) => badge.getBoundingClientRect());
  for (const [index, badge] of badges.entries())
    for (const other of badges.slice(index + 1)) await expect(badge.bottom <= other.top || other.bottom <= badge.top || badge.right <= other.left || other.right <= badge.left).toBe(true);
  await expect(frame.scrollWidth).toBeLessThanOrEqual(frame.clientWidth);
}

/** On a 320 px phone, in `locale`: numbered rings and the company's name, all of the reading size. */
const onPhone = (locale: string): Story => ({
  name: `On a phone (${locale})`,
  args: { profile: mismatchProfile, locale },
  decorators: [
    (Story) => (
      <div data-frame="phone" style={{ width: 320 }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => expectReadableOnPhone(canvasElement),
});

export const OnPhoneEnglish = onPhone('en');
export const OnPhoneTraditionalChinese = onPhone('zh-Hant');
export const OnPhoneHausa = onPhone('ha');

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
