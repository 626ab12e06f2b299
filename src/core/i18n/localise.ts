import type { LocalisedText } from '../questionnaire/questionnaire.types';

/** The locale every bundled text has, used when nothing closer is found. */
export const DEFAULT_LOCALE = 'en';

/**
 * The locales to try for `locale`, most specific first: `zh-Hant-TW` → `zh-Hant`, `zh`, then `en`.
 * @example localeChain('zh-Hant-TW') // ['zh-Hant-TW', 'zh-Hant', 'zh', 'en']
 */
export function localeChain(locale: string): string[] {
  const chain: string[] = [];
  const parts = locale.split('-');
  for (let length = parts.length; length > 0; length -= 1) chain.push(parts.slice(0, length).join('-'));
  if (!chain.includes(DEFAULT_LOCALE)) chain.push(DEFAULT_LOCALE);
  return chain;
}

/**
 * Picks the text for `locale`, falling back along its chain, then to any text there is.
 * @example localise({ en: 'Goals', 'zh-Hant': '目標' }, 'zh-Hant-TW') // '目標'
 */
export function localise(text: LocalisedText | undefined, locale: string = DEFAULT_LOCALE): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  for (const candidate of localeChain(locale)) {
    const value = Object.hasOwn(text, candidate) ? text[candidate] : undefined;
    if (value !== undefined) return value;
  }
  for (const value of Object.values(text)) return value;
  return '';
}
