import { localeChain } from '../i18n/localise';
import { normaliseLocale } from '../i18n/negotiateLocale';
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
  for (const candidate of localeChain(normaliseLocale(locale))) if (Object.hasOwn(reasonCatalogs, candidate)) return reasonCatalogs[candidate]!;
  return reasonMessagesEn;
}
