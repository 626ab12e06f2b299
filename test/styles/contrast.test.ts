import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtStylesheet } from './builtStylesheet';

/*
 * Every pair of colour tokens the stylesheet puts together, checked against WCAG 2.2 AA in both
 * themes: 4.5:1 for text, 3:1 for borders, focus rings and chart marks. The Storybook tests check
 * the rendered result in Chromium too; this one names the token pair that fails.
 */
const css = readFileSync('src/styles/tokens.css', 'utf8');

/**
 * The `--rk-color-…` values declared in the block that starts with `selector`, as written: a hex
 * colour or an alias, `var(--rk-color-…)`.
 */
function declaredIn(selector: string): Record<string, string> {
  const start = css.indexOf(selector);
  if (start < 0) throw new Error(`no ${selector} block in tokens.css`);
  const block = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries(
    [...block.matchAll(/--rk-color-([a-z0-9-]+):\s*(#[0-9a-f]{6}|var\(--rk-color-[a-z0-9-]+\))/gi)].map(([, name, value]) => [name!, value!]),
  );
}

/**
 * A theme's colours as an element inside it sees them: the theme's block resolved against its own
 * values over the inherited ones, and tokens it leaves out inherited as already resolved. (A browser
 * resolves an alias where it is declared, so an alias the dark block does not re-declare keeps the
 * light value: this catches that.)
 */
function resolveTheme(declared: Record<string, string>, inherited: Record<string, string> = {}): Record<string, string> {
  const scope = { ...inherited, ...declared };
  const resolve = (value: string, seen: string[]): string => {
    const alias = /^var\(--rk-color-([a-z0-9-]+)\)$/.exec(value)?.[1];
    if (alias === undefined) return value;
    if (seen.includes(alias) || scope[alias] === undefined) throw new Error(`--rk-color-${seen[0]}: alias of --rk-color-${alias}, which is not a colour`);
    return resolve(scope[alias]!, [...seen, alias]);
  };
  return { ...inherited, ...Object.fromEntries(Object.entries(declared).map(([name, value]) => [name, resolve(value, [name])])) };
}

const light = resolveTheme(declaredIn(":where(:root, :host, [data-theme='light'])"));
const dark = resolveTheme(declaredIn(":where([data-theme='dark'], :host([theme='dark']))"), light);
const autoDark = resolveTheme(declaredIn('@media (prefers-color-scheme: dark)'), light);
const themes = [
  ['light', light],
  ['dark', dark],
  ['auto, on a dark system', autoDark],
] as const;

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

/** The pairs among `checked` below their minimum, each as `fg on bg: ratio < minimum`. */
function failingPairs(tokens: Record<string, string>, checked: readonly [string, string, number][]): string[] {
  return checked
    .map(([fg, bg, minimum]) => ({ pair: `${fg} on ${bg}`, ratio: contrast(tokens[fg] ?? '', tokens[bg] ?? ''), minimum }))
    .filter(({ ratio, minimum }) => !(ratio >= minimum))
    .map(({ pair, ratio, minimum }) => `${pair}: ${ratio.toFixed(2)} < ${minimum}`);
}

/** The chart palette: `chart-1`, `chart-2`, … as the light theme declares them, in order. */
const chartPalette = Object.keys(light)
  .filter((name) => /^chart-\d+$/.test(name))
  .sort((a, b) => Number(a.slice(6)) - Number(b.slice(6)));

describe('colour tokens', () => {
  it.each(themes)('meet WCAG AA for every pairing in the %s theme', (_theme, tokens) => {
    expect(failingPairs(tokens, pairs)).toEqual([]);
  });

  it('gives the dark theme, chosen or followed from the system, the same values', () => {
    expect(autoDark).toEqual(dark);
  });

  it('re-declares every alias in each dark block, so that it follows the dark value it stands for', () => {
    for (const block of [":where([data-theme='dark'], :host([theme='dark']))", '@media (prefers-color-scheme: dark)']) {
      const aliases = Object.entries(declaredIn(":where(:root, :host, [data-theme='light'])")).filter(([, value]) => value.startsWith('var('));
      for (const [name] of aliases) expect(declaredIn(block), `--rk-color-${name} in ${block}`).toHaveProperty(name);
    }
  });

  it('declares every colour the components use in both themes', () => {
    const used = new Set(
      [...builtStylesheet().matchAll(/var\(--rk-color-([a-z0-9-]+)\)/g)].map(([, name]) => name!),
    );
    used.delete('overlay');
    const undeclared = [...used].filter((name) => !light[name]?.startsWith('#') || !dark[name]?.startsWith('#'));
    expect(used.size).toBeGreaterThan(20);
    expect(undeclared.map((name) => `--rk-color-${name}`)).toEqual([]);
  });
});

describe('chart palette', () => {
  it('has a colour for each of the charts’ series styles and more, numbered without gaps', () => {
    expect(chartPalette.length).toBeGreaterThanOrEqual(4);
    expect(chartPalette).toEqual(chartPalette.map((_, index) => `chart-${index + 1}`));
  });

  it('keeps the first series’ earlier name, chart-fill, equal to chart-1 in every theme', () => {
    for (const [theme, tokens] of themes) expect(tokens['chart-fill'], theme).toBe(tokens['chart-1']);
  });

  // WCAG 1.4.11: a bar, series line or ring arc needs 3:1 against what it is drawn on; the charts'
  // words (labels, values, ticks) are in the text colours, which need 4.5:1 there.
  it.each(themes)('draws every chart colour at 3:1 and every chart label at 4.5:1 on the %s theme’s surfaces', (_theme, tokens) => {
    const checked = surfaces.flatMap((surface): [string, string, number][] => [
      ...chartPalette.map((chart): [string, string, number] => [chart, surface, 3]),
      ['text', surface, 4.5],
      ['text-muted', surface, 4.5],
    ]);
    expect(failingPairs(tokens, checked)).toEqual([]);
  });
});
