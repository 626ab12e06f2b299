import { DEFAULT_LOCALE, localeChain } from './localise';

// Regions that write Chinese in Traditional characters: browsers send `zh-TW`, rarely `zh-Hant-TW`.
const TRADITIONAL_CHINESE_REGION = /^zh-(TW|HK|MO)$/i;

/**
 * Adds the script a bare Chinese region implies, so the locale's fallback chain reaches the right
 * catalog: `zh-TW` → `zh-Hant-TW` (then `zh-Hant`, `zh`, `en`). Other tags are returned as they are.
 * @example normaliseLocale('zh-HK') // 'zh-Hant-HK'
 */
export function normaliseLocale(locale: string): string {
  return TRADITIONAL_CHINESE_REGION.test(locale) ? `zh-Hant-${locale.slice(3).toUpperCase()}` : locale;
}

/**
 * Picks the best of `available` for what the respondent asked for, e.g. `navigator.languages`: for
 * each requested locale in order, its fallback chain (English last) is tried against `available`.
 * @example negotiateLocale(['zh-TW', 'en'], ['en', 'zh-Hant', 'ha']) // 'zh-Hant'
 */
export function negotiateLocale(requested: string | readonly string[], available: readonly string[], fallback = 'en'): string {
  const lowerCase = available.map((locale) => locale.toLowerCase());
  const requests = typeof requested === 'string' ? [requested] : requested;
  for (const request of requests) {
    // Every chain ends in English; for a request in another language that is only the last resort.
    const isEnglish = request.split('-')[0]!.toLowerCase() === DEFAULT_LOCALE;
    const chain = localeChain(normaliseLocale(request)).filter((candidate) => isEnglish || candidate !== DEFAULT_LOCALE);
    for (const candidate of chain) {
      const at = lowerCase.indexOf(candidate.toLowerCase());
      if (at >= 0) return available[at]!;
    }
  }
  return fallback;
}
