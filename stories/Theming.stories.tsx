/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useId, useLayoutEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { localise, parseQuestionnaire, type AnswerValue, type LikertQuestion, type MultiChoiceQuestion, type SingleChoiceQuestion } from '../src/core';
import { AssessmentErrorPanel } from '../src/react';
import { ChoiceField } from '../src/react/components/AssessmentWizard/ChoiceField';
import { uiMessagesEn } from '../src/react/i18n/uiMessages.en';
import { partClassName } from '../src/react/utils/partClassName';
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
      style={{ minWidth: 0, background: 'var(--rk-color-background)', padding: '1rem', borderRadius: '0.5rem' }}
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
      {/* Wider than a phone: it scrolls in its own keyboard-reachable box, not the page. */}
      <div role="region" aria-label={`Text colours on surfaces (${theme})`} tabIndex={0} style={{ overflowX: 'auto', marginTop: '1.5rem' }}>
        <table style={{ borderCollapse: 'collapse' }}>
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
      </div>
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

/** The questions of the option card states: one of each kind of choice. */
const sellTo: SingleChoiceQuestion = {
  id: 'sell_to',
  type: 'single',
  label: 'Who do you mainly sell to?',
  options: [
    { id: 'b2b', label: 'Businesses and other organisations (B2B)' },
    { id: 'b2c', label: 'Individual consumers (B2C)', description: 'People buying for themselves' },
    { id: 'both', label: 'Both, in similar measure' },
  ],
};
const channels: MultiChoiceQuestion = {
  id: 'channels',
  type: 'multi',
  label: 'Where do you post?',
  max: 3,
  options: [
    { id: 'linkedin', label: 'LinkedIn' },
    { id: 'x', label: 'Twitter/X' },
    { id: 'instagram', label: 'Instagram' },
  ],
};
const voice: LikertQuestion = {
  id: 'voice',
  type: 'likert',
  label: 'Our voice is professional, with stories.',
  minLabel: 'Not at all',
  maxLabel: 'Fully',
};

const wizardParts = partClassName('Wizard');

/** A choice question as the wizard draws it (its real ChoiceField), answerable, starting from `initial`. */
function ChoiceCards({ question, initial }: { question: SingleChoiceQuestion | MultiChoiceQuestion | LikertQuestion; initial?: AnswerValue }) {
  const [value, setValue] = useState<AnswerValue | undefined>(initial);
  const base = useId();
  return (
    <ChoiceField
      question={question}
      value={value}
      issues={undefined}
      onChange={setValue}
      text={(text) => localise(text, 'en')}
      messages={uiMessagesEn}
      cn={wizardParts}
      ids={{ help: `${base}-help`, error: `${base}-error` }}
    />
  );
}

/** The declarations of the stylesheet's own `.rk-Wizard-option:hover` rule, wherever it is nested. */
function optionHoverRule(): CSSStyleDeclaration | undefined {
  const search = (rules: CSSRuleList): CSSStyleRule | undefined => {
    for (const rule of Array.from(rules)) {
      if (rule instanceof CSSStyleRule && rule.selectorText === '.rk-Wizard-option:hover') return rule;
      const nested = rule instanceof CSSImportRule ? rule.styleSheet?.cssRules : rule instanceof CSSGroupingRule ? rule.cssRules : undefined;
      const found = nested && search(nested);
      if (found) return found;
    }
    return undefined;
  };
  for (const sheet of Array.from(document.styleSheets)) {
    const found = search(sheet.cssRules);
    if (found) return found.style;
  }
  return undefined;
}

/**
 * Cards as the pointer shows them: no test can hover for real, so the stylesheet's own hover rule is
 * copied onto the first card (read from the CSS, it cannot drift from what a pointer shows).
 */
function HoveredCards() {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const card = ref.current?.querySelector<HTMLElement>('.rk-Wizard-option');
    const hover = optionHoverRule();
    if (!card || !hover) return;
    // cssText, not property by property: a shorthand set with var() leaves its longhands empty in the CSSOM.
    card.style.cssText += hover.cssText;
    card.dataset.preview = 'hover';
  }, []);
  return (
    <div ref={ref}>
      <ChoiceCards question={sellTo} />
    </div>
  );
}

/** One state, under a heading that names it. */
function State({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title} style={{ display: 'grid', gap: 'var(--rk-space-3)' }}>
      <h2 className="rk-Heading" style={{ margin: 0, fontSize: 'var(--rk-font-size-xl)' }}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/**
 * The wizard's option cards in each state, in the toolbar's theme (the story tests run it light and
 * dark): unselected, as the pointer hovers, selected (single, multi, Likert), and with keyboard focus.
 */
function OptionCards() {
  return (
    <div className="rk-Root" style={{ display: 'grid', gap: 'var(--rk-space-8)', maxWidth: '48rem' }}>
      <State title="Unselected">
        <ChoiceCards question={sellTo} />
      </State>
      <State title="Hover">
        <HoveredCards />
      </State>
      <State title="Selected">
        <div className="rk-Wizard-questions">
          <ChoiceCards question={sellTo} initial="b2c" />
          <ChoiceCards question={channels} initial={['linkedin', 'x']} />
          <ChoiceCards question={voice} initial={4} />
        </div>
      </State>
      <State title="Keyboard focus">
        <ChoiceCards question={sellTo} initial="b2b" />
      </State>
    </div>
  );
}

/** The card that is the label of `input`. */
function cardOf(input: HTMLElement): HTMLElement {
  const card = input.closest('label');
  if (!card) throw new Error('an option input outside its card');
  return card;
}

/**
 * The wizard's option cards: the whole card is the label of a native radio or checkbox; hover, a
 * selected state shown by a thicker border and a check mark (not colour alone), and a keyboard ring.
 */
export const OptionCardStates: Story = {
  render: () => <OptionCards />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const state = (name: string) => within(canvas.getByRole('region', { name }));

    // Unselected: a quiet card with no check mark.
    const idle = cardOf(state('Unselected').getByRole('radio', { name: 'Both, in similar measure' }));
    await expect(idle.querySelector('.rk-Wizard-optionCheck')).toBeNull();

    // Hover: the stylesheet has a hover rule, and it changes the card's border.
    const hovered = canvasElement.querySelector<HTMLElement>('[data-preview="hover"]');
    await expect(hovered).not.toBeNull();
    await expect(getComputedStyle(hovered!).borderTopColor).not.toBe(getComputedStyle(idle).borderTopColor);

    // Selected, in each kind of question: a check mark and a thicker border, and the text does not move.
    const selected = state('Selected');
    for (const input of [
      selected.getByRole('radio', { name: /Individual consumers/ }),
      selected.getByRole('checkbox', { name: 'LinkedIn' }),
      selected.getByRole('checkbox', { name: 'Twitter/X' }),
      selected.getByRole('radio', { name: /^4 of 5/ }),
    ]) {
      await expect(input).toBeChecked();
      const card = cardOf(input);
      await expect(card.querySelector('.rk-Wizard-optionCheck')).toBeVisible();
      await expect(parseFloat(getComputedStyle(card).borderTopWidth)).toBeGreaterThan(parseFloat(getComputedStyle(idle).borderTopWidth));
    }
    const chosen = cardOf(selected.getByRole('radio', { name: /Individual consumers/ }));
    const unchosen = cardOf(selected.getByRole('radio', { name: 'Both, in similar measure' }));
    await expect(unchosen.querySelector('.rk-Wizard-optionCheck')).toBeNull();
    const textStart = (card: HTMLElement) => card.querySelector('.rk-Wizard-optionLabel')!.getBoundingClientRect().left;
    await expect(textStart(chosen)).toBe(textStart(unchosen));

    // A click anywhere on a card chooses it: the card is the input's label.
    await userEvent.click(unchosen.querySelector('.rk-Wizard-optionLabel')!);
    await expect(selected.getByRole('radio', { name: 'Both, in similar measure' })).toBeChecked();
    await expect(unchosen.querySelector('.rk-Wizard-optionCheck')).toBeVisible();

    // Keyboard focus: the ring goes round the whole card, and the arrow keys still move the choice.
    const focus = state('Keyboard focus');
    const first = focus.getByRole('radio', { name: 'Businesses and other organisations (B2B)' });
    first.focus();
    await expect(first).toHaveFocus();
    await expect(getComputedStyle(cardOf(first)).outlineStyle).toBe('solid');
    await expect(getComputedStyle(idle).outlineStyle).toBe('none');
    await userEvent.keyboard('{ArrowDown}');
    const second = focus.getByRole('radio', { name: /Individual consumers/ });
    await expect(second).toBeChecked();
    await expect(getComputedStyle(cardOf(second)).outlineStyle).toBe('solid');
  },
};
