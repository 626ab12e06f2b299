import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, screen, userEvent, within } from 'storybook/test';
import { AssessmentDialog } from '../src/react/dialog';
import { miniQuestionnaire } from '../test/fixtures/miniQuestionnaire';
import { socialMediaAssessment, socialMediaReference } from '../src/content/social-media';

const meta = {
  title: 'Components/AssessmentDialog',
  component: AssessmentDialog,
  // The toolbar's locale (and each locale's story-test project) reaches the story through this arg.
  argTypes: { locale: { control: 'text' } },
  tags: ['autodocs'],
  args: { questionnaire: socialMediaAssessment, reference: socialMediaReference, onOpenChange: fn(), onComplete: fn(), triggerLabel: 'Check your B2B readiness' },
} satisfies Meta<typeof AssessmentDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Closed: only the trigger button shows. */
export const Closed: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Check your B2B readiness' })).toBeVisible();
  },
};

/** Opened from its trigger: the wizard in a modal dialog, focus inside it. */
export const Open: Story = {
  args: { questionnaire: miniQuestionnaire() },
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Check your B2B readiness' }));
    const dialog = await screen.findByRole('dialog', { name: 'Mini' });
    await expect(dialog).toContainElement(document.activeElement as HTMLElement);
    await expect(args.onOpenChange).toHaveBeenCalledWith(true);
  },
};

/** Answers survive closing (Escape) and reopening. */
export const KeepsAnswers: Story = {
  args: { questionnaire: miniQuestionnaire() },
  play: async ({ canvasElement }) => {
    const trigger = within(canvasElement).getByRole('button', { name: 'Check your B2B readiness' });
    await userEvent.click(trigger);
    await userEvent.click(within(await screen.findByRole('dialog')).getByLabelText('Businesses'));
    await userEvent.keyboard('{Escape}');
    await expect(trigger).toHaveFocus();
    await userEvent.click(trigger);
    await expect(within(await screen.findByRole('dialog')).getByLabelText('Businesses')).toBeChecked();
  },
};

/** The portalled dialog in the dark theme: it carries `data-theme` itself, as it leaves the host's wrapper. */
export const Dark: Story = {
  args: { questionnaire: miniQuestionnaire(), defaultOpen: true, theme: 'dark' },
  play: async () => {
    await expect(await screen.findByRole('dialog')).toHaveAttribute('data-theme', 'dark');
  },
};
