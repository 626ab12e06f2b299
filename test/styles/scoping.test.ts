import { builtStylesheet } from './builtStylesheet';
import { splitSelectors } from './splitSelectors';
import { describe, expect, it } from 'vitest';

/*
 * The stylesheet must not touch the host page: every rule targets the kit's own `rk-` classes,
 * except the token declarations, which only set `--rk-` custom properties (and `color-scheme` where
 * a theme is chosen by `data-theme`).
 */
const css = builtStylesheet().replace(/\/\*[\s\S]*?\*\//g, '');

/** Each rule's selector list and declarations, at-rule wrappers removed, keyframe steps left out. */
function rules(source: string): { selectors: string[]; body: string }[] {
  const withoutKeyframes = source.replace(/@keyframes[^{]+\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g, '');
  const flat = withoutKeyframes.replace(/@media[^{]+\{((?:[^{}]*\{[^{}]*\})*)[^{}]*\}/g, '$1');
  return [...flat.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map(([, selector, body]) => ({
    selectors: splitSelectors(selector!),
    body: body!,
  }));
}

describe('readiness-kit/styles.css', () => {
  const parsed = rules(css);

  it('has rules to check', () => {
    expect(parsed.length).toBeGreaterThan(50);
  });

  it('styles nothing but the kit’s own classes', () => {
    const tokenSelector = /^:where\(/;
    const leaking = parsed
      .flatMap(({ selectors, body }) =>
        selectors.filter((selector) => (tokenSelector.test(selector) ? /(^|;)\s*(?!--rk-|color-scheme)[a-z-]+\s*:/.test(body) : !selector.includes('.rk-'))),
      );
    expect(leaking).toEqual([]);
  });

  it('declares only custom properties and the colour scheme on the token selectors', () => {
    const tokenRules = parsed.filter(({ selectors }) => selectors.every((selector) => selector.startsWith(':where(')));
    expect(tokenRules.length).toBeGreaterThanOrEqual(3);
    for (const { body } of tokenRules)
      for (const declaration of body.split(';').map((part) => part.trim()).filter(Boolean))
        expect(declaration).toMatch(/^(--rk-[a-z0-9-]+|color-scheme)\s*:/);
  });
});
