import { describe, expect, it } from 'vitest';
import { builtStylesheet } from './builtStylesheet';
import { splitSelectors } from './splitSelectors';

/*
 * The print rules in the built dist/styles.css: the block exists, it comes after every screen rule
 * it overrides, and it hides the controls, opens a result's closed disclosures, keeps cards and rows
 * whole, prints black on white and writes out link addresses. test/e2e/print.e2e.ts checks the same rules applied in Chromium.
 */
const css = builtStylesheet().replace(/\/\*[\s\S]*?\*\//g, '');

/** The body of each `@media print { … }` block, found by matching braces, and where the block ends. */
function printBlocks(source: string): { body: string; end: number }[] {
  const blocks: { body: string; end: number }[] = [];
  for (const match of source.matchAll(/@media\s+print\s*\{/g)) {
    let depth = 1;
    let at = match.index + match[0].length;
    const start = at;
    while (depth > 0 && at < source.length) {
      if (source[at] === '{') depth += 1;
      if (source[at] === '}') depth -= 1;
      at += 1;
    }
    blocks.push({ body: source.slice(start, at - 1), end: at });
  }
  return blocks;
}

/** A selector as the minifier writes it: no quotes, no spaces after commas, `:after` for `::after`. */
const normalise = (selector: string) => selector.replace(/['"]/g, '').replace(/,\s+/g, ',').replace(/::/g, ':').trim();

/** The declarations of the rules in `block` whose selector list includes `selector`, joined. */
function declarationsFor(block: string, selector: string): string {
  return [...block.matchAll(/([^{}]+)\{([^{}]*)\}/g)]
    .filter(([, selectors]) => splitSelectors(selectors!).map(normalise).includes(normalise(selector)))
    .map(([, , body]) => body!.replace(/\s+/g, ' '))
    .join(';');
}

describe('print stylesheet', () => {
  const blocks = printBlocks(css);
  const print = blocks.map((block) => block.body).join('\n');

  it('is one @media print block, after every screen rule', () => {
    expect(blocks).toHaveLength(1);
    expect(css.slice(blocks[0]!.end).trim()).toBe('');
  });

  it('hides the wizard’s navigation, dialog overlays and buttons', () => {
    for (const selector of ['.rk-Wizard-nav', '.rk-Dialog-overlay', '.rk-Dialog-close', '.rk-Button'])
      expect(declarationsFor(print, selector), selector).toMatch(/display:\s*none\s*!important/);
  });

  it('keeps cards, list items and table rows whole on a page', () => {
    for (const selector of ['.rk-KpiCard', '.rk-RecommendationList-item', '.rk-ComparisonTable-row', '.rk-NetworkRings-row', '.rk-DisagreementList-item'])
      expect(declarationsFor(print, selector), selector).toMatch(/break-inside:\s*avoid/);
  });

  it('prints black on white in every theme', () => {
    const tokens = declarationsFor(print, ":where(:root, :host, [data-theme='light'], [data-theme='dark'], [data-theme='auto'], :host([theme]))");
    expect(tokens).toMatch(/--rk-color-background:\s*#fff(fff)?\b/);
    expect(tokens).toMatch(/--rk-color-text:\s*#000(000)?\b/);
    expect(tokens).toMatch(/color-scheme:\s*light/);
  });

  it('prints a result’s closed disclosures open, without their chevrons', () => {
    expect(declarationsFor(print, '.rk-Result-disclosure::details-content')).toMatch(/content-visibility:\s*visible/);
    expect(declarationsFor(print, '.rk-Result-marker')).toMatch(/display:\s*none/);
  });

  it('writes out the address of each source link', () => {
    expect(declarationsFor(print, ".rk-Link[href^='http']::after")).toMatch(/content:\s*(["'])\s\(\1\s*attr\(href\)\s*(["'])\)\2/);
  });
});
