import { issueMessagesEn, localeChain, normaliseLocale, type IssueMessageCatalog } from '../../core';
import { pickCatalog } from '../../core/i18n/pickCatalog';
import { uiMessagesEn } from './uiMessages.en';
import { issueTranslations, uiTranslations } from './translations';
import type { UiCatalogs, UiMessageOverrides, UiMessages } from './uiMessages.types';

/** The kit's bundled UI catalogs by locale: a start for a host's own rewording or a new locale. */
export const bundledUiCatalogs: UiCatalogs = { en: uiMessagesEn, ...uiTranslations };

/** The locales the kit's own words come in. */
export const bundledUiLocales: readonly string[] = Object.keys(bundledUiCatalogs);

/**
 * The UI words for a locale: English underneath, then along the locale's fallback chain (`zh-TW` →
 * `zh-Hant-TW` → `zh-Hant` → `zh`) the bundled catalog and the host's catalog for each step, then the host's
 * overrides on top. A host adds a locale by giving its catalog, or rewords one by giving a few keys.
 */
export function resolveUiMessages(locale: string, overrides?: UiMessageOverrides, catalogs?: UiCatalogs): UiMessages {
  const layers: (UiMessageOverrides | undefined)[] = [];
  for (const candidate of localeChain(normaliseLocale(locale)).reverse()) {
    layers.push(Object.hasOwn(bundledUiCatalogs, candidate) ? bundledUiCatalogs[candidate] : undefined);
    layers.push(catalogs && Object.hasOwn(catalogs, candidate) ? catalogs[candidate] : undefined);
  }
  return Object.assign({}, uiMessagesEn, ...layers, overrides);
}

/** The issue messages for a locale: the first bundled catalog along its fallback chain, else English. */
export function resolveIssueMessages(locale: string): IssueMessageCatalog {
  return pickCatalog(issueTranslations, locale, issueMessagesEn);
}
