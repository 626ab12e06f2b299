/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { CSSProperties } from 'react';
import { expect, within } from 'storybook/test';
import { parseQuestionnaire } from '../src/core';
import { AssessmentErrorPanel } from '../src/react';
import { uiMessagesEn } from '../src/react/i18n/uiMessages.en';
import tokensCss from '../src/styles/tokens.css?raw';
import brokenDefinition from '../examples/definitions/broken.json';

type Theme = 'light' | 'dark';

/** Where each theme's tokens are declared in tokens.css. */
const themeSelectors: Record<Theme, string> = {
  light: ":where(:root, :host, [data-theme='light'])",
  dark: ":where([data-theme='dark'], :host([theme='dark']))",
};

/**
 * The colour tokens of a theme, read from tokens.css itself so that the page lists every token there
 * is, with the value the kit ships, and cannot drift from the stylesheet.
 */
function colourTokens(theme: Theme): { name: string; value: string }[] {
  const at = tokensCss.indexOf(themeSelectors[theme]);
  if (at < 0) throw new Error(`tokens.css has no ${themeSelectors[theme]} block`);
  const start = tokensCss.indexOf('{', at);
  const block = tokensCss.slice(start, tokensCss.indexOf('}', start));
  return [...block.matchAll(/(--rk-color-[\w-]+):\s*([^;]+);/g)].map(([, name = '', value = '']) => ({ name, value: value.trim() }));
}

/** The text colours of the kit, each shown on each surface it may sit on. */
const textTokens = ['text', 'text-muted', 'accent', 'positive', 'warning', 'negative', 'b2b', 'b2c'] as const;
const surfaceTokens = ['background', 'surface', 'accent-subtle', 'positive-subtle', 'warning-subtle', 'negative-subtle'] as const;

const cell: CSSProperties = { padding: '0.5rem 0.75rem', border: '1px solid var(--rk-color-divider)', textAlign: 'start' };

/** One theme's palette: every colour token as a swatch, then every text colour on every surface. */
function Palette({ theme }: { theme: Theme }) {
  const title = theme === 'light' ? 'Light theme' : 'Dark theme';
  return (
    <section
      data-theme={theme}
      aria-label={title}
      className="rk-Root"
      style={{ background: 'var(--rk-color-background)', padding: '1rem', borderRadius: '0.5rem' }}
    >
      <h2 className="rk-Heading">{title}</h2>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: '0.5rem', gridTemplateColumns: 'repeat(auto-fill, minmax(16rem, 1fr))' }}>
        {colourTokens(theme).map(({ name, value }) => (
          <li key={name} data-token={name} style={{ display: 'flex', alignItems: 'center', gap: '0.75rem' }}>
            <span
              data-swatch=""
              aria-hidden="true"
              style={{ flex: 'none', width: '2.5rem', height: '2.5rem', borderRadius: '0.5rem', background: `var(${name})`, border: '1px solid var(--rk-color-border)' }}
            />
            <span>
              <code>{name}</code>
              <br />
              <span style={{ color: 'var(--rk-color-text-muted)' }}>{value}</span>
            </span>
          </li>
        ))}
      </ul>
      <table style={{ marginTop: '1.5rem', borderCollapse: 'collapse' }}>
        <caption style={{ textAlign: 'start', fontWeight: 'var(--rk-font-weight-bold)', marginBottom: '0.5rem' }}>
          Text colours on surfaces ({theme}); the a11y check tests each pair for WCAG AA contrast
        </caption>
        <thead>
          <tr>
            <th scope="col" style={cell}>
              text \ surface
            </th>
            {surfaceTokens.map((surface) => (
              <th key={surface} scope="col" style={cell}>
                {surface}
              </th>
            ))}
            <th scope="col" style={cell}>
              accent
            </th>
          </tr>
        </thead>
        <tbody>
          {textTokens.map((text) => (
            <tr key={text}>
              <th scope="row" style={cell}>
                {text}
              </th>
              {surfaceTokens.map((surface) => (
                <td key={surface} style={{ ...cell, color: `var(--rk-color-${text})`, background: `var(--rk-color-${surface})` }}>
                  Sample text
                </td>
              ))}
              <td style={cell}>–</td>
            </tr>
          ))}
          <tr>
            <th scope="row" style={cell}>
              accent-text
            </th>
            {surfaceTokens.map((surface) => (
              <td key={surface} style={cell}>
                –
              </td>
            ))}
            <td style={{ ...cell, color: 'var(--rk-color-accent-text)', background: 'var(--rk-color-accent)' }}>Sample text</td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}

const brokenResult = parseQuestionnaire(brokenDefinition);
const issues = brokenResult.ok ? [] : brokenResult.issues;

/** A host's page: the kit's error panel and its shared button and link styles, as a host sees them. */
function HostSample({ label }: { label: string }) {
  return (
    <div style={{ display: 'grid', gap: '1rem' }}>
      <AssessmentErrorPanel issues={issues} />
      <div className="rk-Root" style={{ display: 'flex', gap: '0.75rem', alignItems: 'center' }}>
        <button type="button" className="rk-Button">
          {label}
        </button>
        <button type="button" className="rk-Button" data-variant="secondary">
          Secondary
        </button>
        <a className="rk-Link" href="https://example.com/privacy">
          Privacy notice
        </a>
      </div>
    </div>
  );
}

/** A host's override: any `--rk-` token set on the element carrying `data-theme`, or inside it. */
function HostOverride({ accent }: { accent: string }) {
  return (
    <div style={{ display: 'grid', gap: '2rem', gridTemplateColumns: 'repeat(auto-fit, minmax(20rem, 1fr))' }}>
      <section aria-label="Kit defaults">
        <h2 className="rk-Heading rk-Root">Kit defaults</h2>
        <HostSample label="Default accent" />
      </section>
      <section aria-label="Host override" style={{ '--rk-color-accent': accent, '--rk-color-focus': accent } as CSSProperties}>
        <h2 className="rk-Heading rk-Root">Host override: --rk-color-accent: {accent}</h2>
        <HostSample label="Brand accent" />
      </section>
    </div>
  );
}

/**
 * The kit's colour tokens in both themes, and how a host brands the kit. Tokens are CSS custom
 * properties (`--rk-…`) declared on `:root` and on any element with `data-theme`; so a host sets its
 * own values on that element or inside it (an override above a `data-theme` element is shadowed by
 * the theme's own declaration there).
 */
const meta = {
  title: 'Foundations/Theming',
  parameters: { controls: { disable: true } },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every colour token with its value, light and dark, and each text colour on each surface. */
export const ColourTokens: Story = {
  render: () => (
    <div style={{ display: 'grid', gap: '1.5rem' }}>
      <Palette theme="light" />
      <Palette theme="dark" />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    for (const [theme, accent, rgb] of [
      ['light', '#1d4ed8', 'rgb(29, 78, 216)'],
      ['dark', '#93c5fd', 'rgb(147, 197, 253)'],
    ] as const) {
      const section = within(canvas.getByRole('region', { name: `${theme === 'light' ? 'Light' : 'Dark'} theme` }));
      await expect(section.getByRole('heading', { name: `${theme === 'light' ? 'Light' : 'Dark'} theme` })).toBeVisible();
      // Every token of tokens.css has a swatch, named and valued.
      const tokens = colourTokens(theme);
      await expect(tokens.length).toBeGreaterThanOrEqual(20);
      await expect(section.getAllByRole('listitem')).toHaveLength(tokens.length);
      const item = section.getByText('--rk-color-accent').closest('li');
      if (!(item instanceof HTMLElement)) throw new Error('no swatch for --rk-color-accent');
      await expect(within(item).getByText(accent, { exact: true })).toBeVisible();
      // The swatch really is painted with the theme's value: nested data-theme switches the tokens.
      const swatch = item.querySelector('[data-swatch]');
      await expect(swatch && getComputedStyle(swatch).backgroundColor).toBe(rgb);
      await expect(section.getByRole('table', { name: new RegExp(`Text colours on surfaces \\(${theme}\\)`) })).toBeVisible();
    }
  },
};

const brandLight = '#7c3aed';
const brandDark = '#c4b5fd';

/** A host brands the kit by setting `--rk-color-accent` on a wrapper (light theme). */
export const HostOverrideLight: Story = {
  globals: { theme: 'light' },
  render: () => <HostOverride accent={brandLight} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: `Host override: --rk-color-accent: ${brandLight}` })).toBeVisible();
    await expect(canvas.getAllByRole('heading', { name: uiMessagesEn['error.title'] })).toHaveLength(2);
    await expect(getComputedStyle(canvas.getByRole('button', { name: 'Brand accent' })).backgroundColor).toBe('rgb(124, 58, 237)');
    await expect(getComputedStyle(canvas.getByRole('button', { name: 'Default accent' })).backgroundColor).toBe('rgb(29, 78, 216)');
  },
};

/** The same in the dark theme: a host sets a lighter brand colour there, to keep text readable. */
export const HostOverrideDark: Story = {
  globals: { theme: 'dark' },
  render: () => <HostOverride accent={brandDark} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: `Host override: --rk-color-accent: ${brandDark}` })).toBeVisible();
    await expect(getComputedStyle(canvas.getByRole('button', { name: 'Brand accent' })).backgroundColor).toBe('rgb(196, 181, 253)');
    await expect(getComputedStyle(canvas.getByRole('button', { name: 'Default accent' })).backgroundColor).toBe('rgb(147, 197, 253)');
  },
};
