import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { parseQuestionnaire } from '../src/core';
import { AssessmentErrorPanel } from '../src/react';
import { miniQuestionnaire } from '../test/fixtures/miniQuestionnaire';

const broken = parseQuestionnaire({
  ...miniQuestionnaire(),
  tiers: [{ id: 'only', label: 'Only', min: 10, max: 100 }],
  dimensions: [{ id: 'reach', label: 'Reach' }],
});

const meta = {
  title: 'Components/AssessmentErrorPanel',
  component: AssessmentErrorPanel,
  tags: ['autodocs'],
  args: { issues: broken.issues },
} satisfies Meta<typeof AssessmentErrorPanel>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * What a respondent sees, in development and in production, when the host's definition does not
 * validate: a short message. The paths and codes wait under a closed disclosure for the site's
 * developers, and in the browser console.
 */
export const InvalidDefinition: Story = {
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole('alert');
    await expect(within(alert).getByRole('heading', { name: 'This assessment cannot be shown' })).toBeVisible();
    await expect(within(alert).getByText(/Please let the site’s owner know/)).toBeVisible();
    // Still there for developers, but out of the respondent's sight.
    await expect(alert).toHaveTextContent('unknown_dimension');
    await expect(within(alert).getAllByText('[unknown_dimension]')[0]).not.toBeVisible();
  },
};

/**
 * Real key presses where the story tests run (Vitest in Chromium): a closed <details> opens only on
 * a trusted Enter, which Testing Library's synthetic events never give. Null in Storybook's own UI.
 */
async function realKeyboard(): Promise<((key: '{Tab}' | '{Enter}') => Promise<void>) | null> {
  try {
    const { userEvent: browser } = await import('vitest/browser');
    return (key) => browser.keyboard(key);
  } catch {
    return null;
  }
}

/** The developers' details, opened from the keyboard: every issue's path, message and code. */
export const DetailsOpen: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const summary = canvas.getByText(`Details for the site’s developers (${broken.issues.length} problems)`);
    const press = await realKeyboard();
    if (press) {
      for (let presses = 0; presses < 10 && document.activeElement !== summary; presses += 1) await press('{Tab}');
      await expect(summary).toHaveFocus();
      const focused = getComputedStyle(summary);
      await expect(focused.outlineStyle).toBe('solid');
      await press('{Enter}');
    } else await userEvent.click(summary);
    await expect(canvasElement.querySelector('details')).toHaveAttribute('open');
    await expect(canvas.getAllByText('[unknown_dimension]')[0]).toBeVisible();
    await expect(canvas.getByText('tiers[0].min')).toBeVisible();
  },
};

/** A result's share link that cannot be read: the message says what the reader can do about it. */
export const DamagedLink: Story = {
  args: { cause: 'link', issues: [{ code: 'invalid_format', path: '', segments: [], message: 'is not a valid token', params: {} }] },
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole('alert');
    await expect(within(alert).getByRole('heading', { name: 'This result cannot be shown' })).toBeVisible();
    await expect(within(alert).getByText(/Ask the person who shared it/)).toBeVisible();
  },
};

/** In Hausa: the respondent's words translated, the codes and paths as they are. */
export const Hausa: Story = {
  args: { locale: 'ha' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { name: 'Ba za a iya nuna wannan kimantawa ba' })).toBeVisible();
  },
};
