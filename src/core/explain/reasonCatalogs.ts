import { pickCatalog } from '../i18n/pickCatalog';
import type { ReasonMessages } from './explain.types';
import { reasonMessagesEn } from './reasonMessages.en';
import { reasonMessagesHa } from './reasonMessages.ha';
import { reasonMessagesZhHant } from './reasonMessages.zh-Hant';

/** The bundled reason sentences by locale. */
export const reasonCatalogs: Readonly<Record<string, ReasonMessages>> = { en: reasonMessagesEn, 'zh-Hant': reasonMessagesZhHant, ha: reasonMessagesHa };

/**
 * The reason sentences for a locale: the first bundled catalog along its fallback chain, else English.
 * @example reasonMessagesFor('zh-TW')['recommendations.reason.unanswered'] // '您沒有回答「{question}」。'
 */
export function reasonMessagesFor(locale: string): ReasonMessages {
  return pickCatalog(reasonCatalogs, locale, reasonMessagesEn);
}
