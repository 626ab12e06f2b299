import { describe, expect, it } from 'vitest';
import { localeChain, localise } from '../../../src/core';

describe('localeChain', () => {
  it('falls back from the most specific locale to English', () => {
    expect(localeChain('zh-Hant-TW')).toEqual(['zh-Hant-TW', 'zh-Hant', 'zh', 'en']);
    expect(localeChain('en-GB')).toEqual(['en-GB', 'en']);
    expect(localeChain('en')).toEqual(['en']);
  });

});

describe('localise', () => {
  const text = { en: 'Goals', 'zh-Hant': '目標', ha: 'Manufofi' };

  it('returns a plain string as it is, whatever the locale', () => {
    expect(localise('Goals', 'ha')).toBe('Goals');
  });

  it('picks the closest locale along the fallback chain', () => {
    expect(localise(text, 'zh-Hant-TW')).toBe('目標');
    expect(localise(text, 'ha')).toBe('Manufofi');
    expect(localise(text, 'fr')).toBe('Goals');
  });

  it('falls back to any text there is when English is missing, and to empty for none', () => {
    expect(localise({ 'zh-Hant': '目標' }, 'fr')).toBe('目標');
    expect(localise({}, 'en')).toBe('');
    expect(localise(undefined)).toBe('');
  });

  it('never reads inherited members as texts', () => {
    expect(localise({ en: 'Goals' }, 'constructor')).toBe('Goals');
  });
});
