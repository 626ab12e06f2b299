import { localeChain } from '../../core';
import { uiMessagesEn } from './uiMessages.en';
import type { UiMessageOverrides, UiMessages } from './uiMessages.types';

/** The kit's bundled UI catalogs by locale. More locales arrive with the languages work. */
const bundledCatalogs: Readonly<Record<string, UiMessageOverrides>> = { en: uiMessagesEn };

/**
 * The UI words for a locale: English underneath, then the bundled catalog nearest the locale, then
 * the host's overrides on top.
 */
export function resolveUiMessages(locale: string, overrides?: UiMessageOverrides): UiMessages {
  const chain = localeChain(locale).reverse();
  const layers = chain.map((candidate) => (Object.hasOwn(bundledCatalogs, candidate) ? bundledCatalogs[candidate] : undefined));
  return Object.assign({}, uiMessagesEn, ...layers, overrides);
}
