import { describe, expect, it } from 'vitest';
import { localise, negotiateLocale, normaliseLocale } from '../../../src/core';

const kitLocales = ['en', 'zh-Hant', 'ha'];

describe('normaliseLocale', () => {
  it('adds the Traditional script to the regions that write it, and leaves other tags alone', () => {
    expect(normaliseLocale('zh-TW')).toBe('zh-Hant-TW');
    expect(normaliseLocale('zh-hk')).toBe('zh-Hant-HK');
    expect(normaliseLocale('zh-MO')).toBe('zh-Hant-MO');
    expect(normaliseLocale('zh-CN')).toBe('zh-CN');
    expect(normaliseLocale('zh-Hant-TW')).toBe('zh-Hant-TW');
    expect(normaliseLocale('ha-NG')).toBe('ha-NG');
  });

  it('makes a bare region reach Traditional Chinese texts', () => {
    expect(localise({ en: 'Goals', 'zh-Hant': '目標' }, normaliseLocale('zh-TW'))).toBe('目標');
  });
});

describe('negotiateLocale', () => {
  it('follows each request down its fallback chain: zh-Hant-TW → zh-Hant, zh-TW → zh-Hant, ha-NG → ha', () => {
    expect(negotiateLocale('zh-Hant-TW', kitLocales)).toBe('zh-Hant');
    expect(negotiateLocale('zh-TW', kitLocales)).toBe('zh-Hant');
    expect(negotiateLocale('zh-HK', kitLocales)).toBe('zh-Hant');
    expect(negotiateLocale('ha-NG', kitLocales)).toBe('ha');
    expect(negotiateLocale('en-GB', kitLocales)).toBe('en');
  });

  it('tries the requests in order before falling back to English', () => {
    expect(negotiateLocale(['fr-FR', 'ha', 'en'], kitLocales)).toBe('ha');
    expect(negotiateLocale(['fr-FR', 'de'], kitLocales)).toBe('en');
    expect(negotiateLocale(['zh-CN'], kitLocales)).toBe('en');
    expect(negotiateLocale([], kitLocales, 'ha')).toBe('ha');
  });

  it('matches case-insensitively and returns the available spelling', () => {
    expect(negotiateLocale('ZH-hant-tw', kitLocales)).toBe('zh-Hant');
  });
});
