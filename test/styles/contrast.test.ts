import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtStylesheet } from './builtStylesheet';

/*
 * Every pair of colour tokens the stylesheet puts together, checked against WCAG 2.2 AA in both
 * themes: 4.5:1 for text, 3:1 for borders, focus rings and chart marks. The Storybook tests check
 * the rendered result in Chromium too; this one names the token pair that fails.
 */
const css = readFileSync('src/styles/tokens.css', 'utf8');

/** The `--rk-color-…` hex values declared in the block that starts with `selector`. */
function tokensOf(selector: string): Record<string, string> {
  const start = css.indexOf(selector);
  if (start < 0) throw new Error(`no ${selector} block in tokens.css`);
  const block = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...block.matchAll(/--rk-color-([a-z0-9-]+):\s*(#[0-9a-f]{6})/gi)].map(([, name, hex]) => [name!, hex!]));
}

const light = tokensOf(":where(:root, :host, [data-theme='light'])");
const dark = { ...light, ...tokensOf(":where([data-theme='dark'], :host([theme='dark']))") };
const autoDark = { ...light, ...tokensOf("@media (prefers-color-scheme: dark)") };

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

const surfaces = ['background', 'surface'];
/** [foreground, background, minimum ratio] for each pairing the components use. */
const pairs: [string, string, number][] = [
  ...surfaces.flatMap((surface): [string, string, number][] => [
    ['text', surface, 4.5],
    ['text-muted', surface, 4.5],
    ['accent', surface, 4.5],
    ['positive', surface, 4.5],
    ['warning', surface, 4.5],
    ['negative', surface, 4.5],
    ['b2b', surface, 4.5],
    ['b2c', surface, 4.5],
    ['border', surface, 3],
    ['focus', surface, 3],
    ['chart-fill', surface, 3],
    ['chart-track', surface, 3],
  ]),
  ['accent-text', 'accent', 4.5],
  ['text', 'accent-subtle', 4.5],
  ['text-muted', 'accent-subtle', 4.5],
  ['accent', 'accent-subtle', 4.5],
  ['positive', 'positive-subtle', 4.5],
  ['warning', 'warning-subtle', 4.5],
  ['negative', 'negative-subtle', 4.5],
  ['text', 'positive-subtle', 4.5],
  ['text', 'warning-subtle', 4.5],
  ['text', 'negative-subtle', 4.5],
];

describe('colour tokens', () => {
  it.each([
    ['light', light],
    ['dark', dark],
    ['auto, on a dark system', autoDark],
  ])('meet WCAG AA for every pairing in the %s theme', (_theme, tokens) => {
    const failures = pairs
      .map(([fg, bg, minimum]) => ({ pair: `${fg} on ${bg}`, ratio: contrast(tokens[fg]!, tokens[bg]!), minimum }))
      .filter(({ ratio, minimum }) => !(ratio >= minimum))
      .map(({ pair, ratio, minimum }) => `${pair}: ${ratio.toFixed(2)} < ${minimum}`);
    expect(failures).toEqual([]);
  });

  it('gives the dark theme, chosen or followed from the system, the same values', () => {
    expect(autoDark).toEqual(dark);
  });

  it('declares every colour the components use in both themes', () => {
    const used = new Set(
      [...builtStylesheet().matchAll(/var\(--rk-color-([a-z0-9-]+)\)/g)].map(([, name]) => name!),
    );
    used.delete('overlay');
    for (const name of used) {
      expect(light[name], `light --rk-color-${name}`).toMatch(/^#/);
      expect(dark[name], `dark --rk-color-${name}`).toMatch(/^#/);
    }
  });
});
