import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { ScratchLocale } from './ScratchLocale';

const meta = { title: 'Scratch/Locale', component: ScratchLocale, tags: ['autodocs'] } satisfies Meta<typeof ScratchLocale>;
export default meta;
type Story = StoryObj<typeof meta>;

export const FromGlobal: Story = {
  play: async ({ canvasElement, argTypes }) => {
    console.log('ARGTYPES', Object.keys(argTypes));
    await expect(within(canvasElement).getByText(/locale=/)).toBeVisible();
  },
};
export const Declared: Story = {
  argTypes: { locale: { control: 'text' } },
  play: async ({ canvasElement, globals }) => {
    await expect(within(canvasElement).getByText(new RegExp(`locale=${globals.locale}`))).toBeVisible();
  },
};
export const Pinned: Story = {
  args: { locale: 'de' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/locale=de value=1.234,5/)).toBeVisible();
  },
};
