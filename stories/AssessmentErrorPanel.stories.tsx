import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
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

/** What a host sees, in development and in production, when its definition does not validate. */
export const InvalidDefinition: Story = {
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole('alert');
    await expect(alert).toHaveTextContent('This assessment cannot be shown');
    await expect(alert).toHaveTextContent('unknown_dimension');
  },
};
