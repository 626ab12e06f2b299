import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { scoreAnswers, type Answers, type Questionnaire } from '../src/core';
import { socialMediaAssessment, socialMediaReference } from '../src/content/social-media';
import { AssessmentResult, resolveUiMessages, type UiCatalogs, type UiMessages } from '../src/react';
import enterpriseSaas from '../examples/answers/enterprise-saas.json';
import { emptyProfile, enterpriseProfile, mismatchProfile } from './fixtures/profiles';
import { PSEUDO_RTL_LOCALE, pseudoRtlAssessment, pseudoRtlUiMessages } from './fixtures/pseudoRtl';

const meta = {
  title: 'Components/AssessmentResult',
  component: AssessmentResult,
  // The toolbar's locale (and each locale's story-test project) reaches the story through this arg.
  argTypes: { locale: { control: 'text' }, layout: { control: 'inline-radio', options: ['glance', 'full'] } },
  tags: ['autodocs'],
  args: { questionnaire: socialMediaAssessment, reference: socialMediaReference, profile: enterpriseProfile, headingLevel: 2 },
} satisfies Meta<typeof AssessmentResult>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Two answers only: a provisional profile, with an index but no tier, and a practice that leans B2B. */
const provisionalAnswers: Answers = { main_platform_effort: 'professional_networks', profile_presence: 'customer_facing_staff' };

/** A key press as a person makes it, or null where no browser driver is at hand. */
type PressKey = (key: '{Tab}' | '{Enter}') => Promise<void>;

/**
 * Real key presses. A closed <details> opens by the browser's own handling of a trusted key press,
 * which Testing Library's synthetic events never trigger; the story tests run under Vitest in
 * Chromium, whose `userEvent` presses keys through the DevTools protocol. Storybook's own UI has no
 * such driver (the module throws there), so its interactions panel opens the disclosure by a click.
 */
async function realKeyboard(): Promise<PressKey | null> {
  try {
    const { userEvent: browser } = await import('vitest/browser');
    return (key) => browser.keyboard(key);
  } catch {
    return null;
  }
}

/** The summary of the result's disclosure labelled `label`. */
function summaryOf(canvasElement: HTMLElement, label: string): HTMLElement {
  const summary = [...canvasElement.querySelectorAll<HTMLElement>('details > summary')].find((candidate) => candidate.textContent === label);
  if (!summary) throw new Error(`no disclosure labelled "${label}"`);
  return summary;
}

/**
 * Opens the disclosure labelled `label` with the keyboard alone: Tab until its summary has the focus
 * (which then shows the focus ring), then Enter.
 */
async function openWithKeyboard(canvasElement: HTMLElement, label: string): Promise<HTMLDetailsElement> {
  const summary = summaryOf(canvasElement, label);
  const details = summary.parentElement as HTMLDetailsElement;
  await expect(details.open).toBe(false);
  const press = await realKeyboard();
  if (!press) {
    await userEvent.click(summary);
    return details;
  }
  for (let presses = 0; presses < 80 && document.activeElement !== summary; presses += 1) await press('{Tab}');
  await expect(summary).toHaveFocus();
  const focused = getComputedStyle(summary);
  await expect(focused.outlineStyle).toBe('solid');
  await expect(parseFloat(focused.outlineWidth)).toBeGreaterThanOrEqual(2);
  await press('{Enter}');
  await expect(details.open).toBe(true);
  return details;
}

/** What a locale's stories render with: the kit's catalogs, or the pseudo-RTL test locale's. */
interface LocaleSetup {
  questionnaire: Questionnaire;
  catalogs?: UiCatalogs;
  dir: 'ltr' | 'rtl';
}

const setups: Record<string, LocaleSetup> = {
  en: { questionnaire: socialMediaAssessment, dir: 'ltr' },
  'zh-Hant': { questionnaire: socialMediaAssessment, dir: 'ltr' },
  ha: { questionnaire: socialMediaAssessment, dir: 'ltr' },
  [PSEUDO_RTL_LOCALE]: { questionnaire: pseudoRtlAssessment, catalogs: { [PSEUDO_RTL_LOCALE]: pseudoRtlUiMessages }, dir: 'rtl' },
};

/** Checks what reads at a glance: the headline, the fit sentence, the chart and the recommendations, all shown. */
async function expectGlance(canvasElement: HTMLElement, messages: UiMessages) {
  const canvas = within(canvasElement);
  await expect(canvas.getByRole('heading', { level: 2, name: messages['profile.title'] })).toBeVisible();
  await expect(canvasElement.querySelector('.rk-ProfileSummary-sentence')).toBeVisible();
  await expect(canvas.getByRole('heading', { level: 2, name: messages['chart.title'] })).toBeVisible();
  await expect(canvas.getByRole('heading', { level: 2, name: messages['recommendations.title'] })).toBeVisible();
}

/** Checks that the chevron sits at the end of the summary's line: on the right left to right, on the left right to left. */
async function expectMarkerAtLineEnd(summary: HTMLElement, dir: 'ltr' | 'rtl') {
  const label = summary.querySelector('.rk-Result-summaryLabel')!.getBoundingClientRect();
  const marker = summary.querySelector('.rk-Result-marker')!.getBoundingClientRect();
  if (dir === 'rtl') await expect(marker.right).toBeLessThanOrEqual(label.left);
  else await expect(marker.left).toBeGreaterThanOrEqual(label.right);
}

/** A finished result in `locale`: the glance, then the key figures opened with the keyboard. */
function finalResult(locale: string): Story {
  const { questionnaire, catalogs, dir } = setups[locale]!;
  const messages = resolveUiMessages(locale, undefined, catalogs);
  return {
    name: `${locale}: final result`,
    args: { locale, questionnaire, profile: scoreAnswers(questionnaire, enterpriseSaas), messages },
    play: async ({ canvasElement }) => {
      await expectGlance(canvasElement, messages);
      await expect(canvasElement.querySelector('.rk-Result')).toHaveAttribute('dir', dir);
      await expect(canvasElement.querySelector('.rk-ProfileSummary-sentence')).toHaveAttribute('data-fit', 'aligned');
      await expectMarkerAtLineEnd(summaryOf(canvasElement, messages['kpi.title']), dir);
      const details = await openWithKeyboard(canvasElement, messages['kpi.title']);
      const figures = within(details).getByRole('region', { name: messages['kpi.title'] });
      await expect(figures).toBeVisible();
      await expect(within(figures).getAllByRole('listitem')[0]).toBeVisible();
    },
  };
}

/** A provisional result in `locale`: it says so before any number, and its profile in detail opens with the keyboard. */
function provisionalResult(locale: string): Story {
  const { questionnaire, catalogs } = setups[locale]!;
  const messages = resolveUiMessages(locale, undefined, catalogs);
  return {
    name: `${locale}: provisional result`,
    args: { locale, questionnaire, profile: scoreAnswers(questionnaire, provisionalAnswers), messages },
    play: async ({ canvasElement }) => {
      await expectGlance(canvasElement, messages);
      const notice = within(canvasElement).getByText(messages['profile.provisional']);
      await expect(notice).toBeVisible();
      const index = canvasElement.querySelector('.rk-ProfileSummary-indexValue')!;
      const completeness = canvasElement.querySelector('.rk-ProfileSummary-completenessText')!;
      for (const number of [index, completeness]) await expect(notice.compareDocumentPosition(number) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      // Read top to bottom, too: the notice is drawn above the index.
      await expect(notice.getBoundingClientRect().bottom).toBeLessThanOrEqual(index.getBoundingClientRect().top);
      const details = await openWithKeyboard(canvasElement, messages['result.details.profile']);
      await expect(within(details).getByRole('heading', { name: messages['profile.fit.title'] })).toBeVisible();
    },
  };
}

export const FinalEnglish = finalResult('en');
export const FinalTraditionalChinese = finalResult('zh-Hant');
export const FinalHausa = finalResult('ha');
export const FinalPseudoRtl = finalResult(PSEUDO_RTL_LOCALE);
export const ProvisionalEnglish = provisionalResult('en');
export const ProvisionalTraditionalChinese = provisionalResult('zh-Hant');
export const ProvisionalHausa = provisionalResult('ha');
export const ProvisionalPseudoRtl = provisionalResult(PSEUDO_RTL_LOCALE);

/**
 * The whole result of a mature B2B practice, as the wizard shows it at the end: the rest in closed
 * sections. The chart is the one place with every dimension's score: the profile in detail names its
 * strengths without them and links back up to the chart.
 */
export const Enterprise: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 2, name: 'Your readiness profile' })).toBeVisible();
    await expect(canvas.getByRole('heading', { level: 2, name: 'What to do next' })).toBeVisible();
    await expect(summaryOf(canvasElement, 'Your business network')).toBeVisible();
    await expect(canvas.getByRole('heading', { level: 2, name: 'Your business network', hidden: true })).not.toBeVisible();
    await userEvent.click(summaryOf(canvasElement, 'Your profile in detail'));
    const details = summaryOf(canvasElement, 'Your profile in detail').parentElement!;
    const link = within(details).getByRole('link', { name: 'See the score of every dimension' });
    const chart = canvas.getByRole('region', { name: 'Scores by dimension' });
    await expect(link).toHaveAttribute('href', `#${chart.id}`);
    for (const strength of within(details).getAllByRole('listitem')) await expect(strength).not.toHaveTextContent(/\d/);
  },
};

/** A B2B seller with a consumer-style practice: the mismatch leads, in one sentence, with the B2B advice. */
export const Mismatch: Story = {
  args: { profile: mismatchProfile },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.rk-ProfileSummary-sentence[data-fit="mismatch"]')).toHaveTextContent(/: a mismatch\.$/);
    await expect(summaryOf(canvasElement, `${mismatchProfile.recommendations.length - 3} more recommendations`)).toBeVisible();
  },
};

/** Nothing answered yet: provisional, no index and no tier (and it says so), with nothing to recommend. */
export const Empty: Story = {
  args: { profile: emptyProfile },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvasElement.querySelector('.rk-ProfileSummary[data-state="provisional"]')).not.toBeNull();
    await expect(canvas.getByText('Nothing is answered yet, so there is no index and no tier.')).toBeVisible();
    await expect(canvas.getByText('No recommendations: nothing stood out.')).toBeVisible();
    // Nothing to list, no figures: those sections are left out rather than opening onto nothing.
    await expect(canvasElement.querySelector('details[data-section="recommendations"], details[data-section="kpis"]')).toBeNull();
  },
};

/** `layout="full"`: every part one after the other, nothing to open, as before the glance layout. */
export const FullLayout: Story = {
  args: { profile: mismatchProfile, layout: 'full' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvasElement.querySelector('details')).toBeNull();
    await expect(canvas.getByRole('heading', { level: 2, name: 'Key figures' })).toBeVisible();
    await expect(canvas.getByRole('heading', { level: 2, name: 'Your business network' })).toBeVisible();
  },
};

/** Opens every disclosure, so that their content is laid out too. */
async function openAll(canvasElement: HTMLElement) {
  for (const summary of canvasElement.querySelectorAll<HTMLElement>('details:not([open]) > summary')) await userEvent.click(summary);
}

/** Whether `element` sits in a box that scrolls or clips sideways, so its width cannot widen the page. */
const isContained = (element: Element, frame: Element) => {
  for (let parent = element.parentElement; parent && parent !== frame; parent = parent.parentElement)
    if (getComputedStyle(parent).overflowX !== 'visible') return true;
  return false;
};

/** The elements under `frame` that reach past its inline end (or start), named by their first class. */
function widerThan(frame: HTMLElement): string[] {
  const { left, right } = frame.getBoundingClientRect();
  return [...frame.querySelectorAll('*')]
    .filter((element) => {
      const box = element.getBoundingClientRect();
      // Boxes with no area (SVG definitions, closed pop-ups) show nothing; scrollWidth below still counts them.
      return box.width > 0 && box.height > 0 && (box.right > right + 0.5 || box.left < left - 0.5) && !isContained(element, frame);
    })
    .map((element) => `${element.tagName.toLowerCase()}.${element.classList[0] ?? ''} ${Math.round(element.getBoundingClientRect().width)}px`);
}

/** On a 390 px wide phone: one column, and nothing wider than the screen, every section open. */
export const Phone: Story = {
  args: { profile: mismatchProfile },
  decorators: [
    (Story) => (
      // At most a phone's 390 px, and never wider than the screen it is looked at on.
      <div data-frame="phone" style={{ width: 390, maxWidth: '100%' }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const frame = canvasElement.querySelector<HTMLElement>('[data-frame="phone"]')!;
    const box = (selector: string) => canvasElement.querySelector(selector)!.getBoundingClientRect();
    await expect(box('.rk-Result-chart').top).toBeGreaterThanOrEqual(box('.rk-Result-headline').bottom);
    await expect(box('.rk-Result-firstSteps').top).toBeGreaterThanOrEqual(box('.rk-Result-chart').bottom);
    await openAll(canvasElement);
    await expect(widerThan(frame)).toEqual([]);
    await expect(frame.scrollWidth).toBeLessThanOrEqual(frame.clientWidth);
  },
};

/** Where there is room, the chart and the first recommendations sit side by side under the headline. */
export const Wide: Story = {
  args: { profile: mismatchProfile },
  decorators: [
    (Story) => (
      // A desktop's 1100 px frame; on a smaller screen it scrolls in its own box, not the page.
      <div style={{ overflowX: 'auto' }}>
        <div data-frame="wide" style={{ width: 1100 }}>
          <Story />
        </div>
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const box = (selector: string) => canvasElement.querySelector(selector)!.getBoundingClientRect();
    await expect(box('.rk-Result-firstSteps').top).toBe(box('.rk-Result-chart').top);
    await expect(box('.rk-Result-chart').top).toBeGreaterThanOrEqual(box('.rk-Result-headline').bottom);
  },
};
