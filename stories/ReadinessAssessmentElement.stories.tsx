import type { Meta, StoryObj } from '@storybook/react-vite';
import type { CSSProperties } from 'react';
import { expect, waitFor } from 'storybook/test';
import { defineReadinessAssessment } from '../src/embed';

defineReadinessAssessment();

/** The attributes of `<readiness-assessment>`, as a story's controls. */
interface ElementPreviewProps {
  mode?: 'inline' | 'dialog';
  theme?: 'light' | 'dark' | 'auto';
  triggerLabel?: string;
  locale?: string;
  /** A `--rk-color-accent` set on the element from outside, as a host page would brand it. */
  accent?: string;
}

/** Renders the custom element with the given attributes, as a page's HTML would. */
function ElementPreview({ mode, theme, triggerLabel, locale, accent }: ElementPreviewProps) {
  const style = accent ? ({ '--rk-color-accent': accent } as CSSProperties) : undefined;
  return <readiness-assessment mode={mode} theme={theme} trigger-label={triggerLabel} locale={locale} style={style} />;
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'readiness-assessment': React.DetailedHTMLProps<React.HTMLAttributes<HTMLElement>, HTMLElement> & {
        mode?: string;
        theme?: string;
        'trigger-label'?: string;
        'storage-key'?: string;
        locale?: string;
        currency?: string;
      };
    }
  }
}

const meta = {
  title: 'Embed/<readiness-assessment>',
  component: ElementPreview,
  args: { mode: 'inline', theme: 'light' },
  argTypes: {
    locale: { control: 'text' },
    mode: { control: 'inline-radio', options: ['inline', 'dialog'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    accent: { control: 'color' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The script-tag embed: a custom element that renders the wizard in its own shadow root. Here it runs on React from source; `dist/embed.global.js` bundles it with Preact. Attributes are applied as they change.',
      },
    },
  },
} satisfies Meta<typeof ElementPreview>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The first element on the page, and its shadow root once it has rendered the wizard or its trigger. */
async function renderedShadowRoot(canvasElement: HTMLElement): Promise<ShadowRoot> {
  const element = canvasElement.querySelector('readiness-assessment')!;
  await waitFor(() => expect(element.shadowRoot?.querySelector('.rk-Root, .rk-Button')).not.toBeNull());
  return element.shadowRoot!;
}

/** Inline: the wizard in the page, styled from inside its shadow root. */
export const Inline: Story = {
  play: async ({ canvasElement }) => {
    const root = await renderedShadowRoot(canvasElement);
    await expect(root.querySelector('form[data-step="profile"]')).not.toBeNull();
    await expect(root.adoptedStyleSheets.length).toBeGreaterThan(0);
  },
};

/** Dark, set by the `theme` attribute; the element paints its own surface. */
export const Dark: Story = {
  args: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await renderedShadowRoot(canvasElement);
    const element = canvasElement.querySelector('readiness-assessment')!;
    await waitFor(() => expect(getComputedStyle(element).backgroundColor).toBe('rgb(15, 23, 42)'));
  },
};

/** Branded from outside: a `--rk-` token set on the element reaches into the shadow root. */
export const Branded: Story = {
  args: { accent: '#6d28d9' },
  play: async ({ canvasElement }) => {
    const root = await renderedShadowRoot(canvasElement);
    const next = root.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    await waitFor(() => expect(getComputedStyle(next).backgroundColor).toBe('rgb(109, 40, 217)'));
  },
};

/** Dialog mode: a trigger button; the dialog opens inside the shadow root. */
export const Dialog: Story = {
  args: { mode: 'dialog', triggerLabel: 'Check your B2B readiness' },
  play: async ({ canvasElement }) => {
    const root = await renderedShadowRoot(canvasElement);
    const trigger = [...root.querySelectorAll('button')].find((button) => button.textContent === 'Check your B2B readiness');
    await expect(trigger).toBeDefined();
    trigger!.click();
    await waitFor(() => expect(root.querySelector('[role="dialog"]')).not.toBeNull());
    const dialog = root.querySelector('[role="dialog"]')!;
    await waitFor(() => expect(dialog.contains(root.activeElement)).toBe(true));
    // The dialog fades in; the a11y check after the play function must see it, not a blend of it.
    await new Promise(requestAnimationFrame);
    await Promise.all(root.getAnimations().map((animation) => animation.finished));
  },
};
