import { fillPattern } from '../../react/i18n/fillPattern';
import { localeChain, normaliseLocale } from '../../core';
import { playgroundMessagesEn } from './playgroundMessages.en';
import { playgroundMessagesHa } from './playgroundMessages.ha';
import type { PlaygroundMessageOverrides, PlaygroundMessages } from './playgroundMessages.types';
import { playgroundMessagesZhHant } from './playgroundMessages.zh-Hant';

/** The playground's bundled catalogs by locale. */
export const playgroundCatalogs: Readonly<Record<string, PlaygroundMessages>> = {
  en: playgroundMessagesEn,
  'zh-Hant': playgroundMessagesZhHant,
  ha: playgroundMessagesHa,
};

/**
 * The playground's words for a locale: English underneath, the bundled catalogs along the locale's
 * fallback chain (`zh-TW` → `zh-Hant`), then the host's overrides on top.
 * @example resolvePlaygroundMessages('zh-TW')['issues.title'] // '問題'
 */
export function resolvePlaygroundMessages(locale: string, overrides?: PlaygroundMessageOverrides): PlaygroundMessages {
  const layers = localeChain(normaliseLocale(locale))
    .reverse()
    .map((candidate) => (Object.hasOwn(playgroundCatalogs, candidate) ? playgroundCatalogs[candidate] : undefined));
  return Object.assign({}, playgroundMessagesEn, ...layers, overrides);
}

/**
 * Fills a playground message's `{placeholders}` and plurals, as the kit's own messages are filled
 * (`formatMessage`): by the plural rules of `locale`, English by default; an unknown one stays as it is.
 * @example fillPlaygroundMessage(messages, 'issues.count', { count: 3 }) // '3 issues'
 */
export function fillPlaygroundMessage(
  messages: PlaygroundMessages,
  key: keyof PlaygroundMessages,
  values: Readonly<Record<string, string | number>> = {},
  locale = 'en',
): string {
  return fillPattern(messages[key], values, locale);
}
