import { issueMessagesEn, issueMessagesHa, issueMessagesZhHant, type IssueMessageCatalog } from '../../core';
import { pickCatalog } from '../../core/i18n/pickCatalog';
import type { ReasonMessages } from '../../core/explain/explain.types';
import { reasonMessagesFor } from '../../core/explain/reasonCatalogs';
import { fillMessage } from '../../core/explain/fillMessage';
import { cliMessagesEn } from './cliMessages.en';
import { cliMessagesHa } from './cliMessages.ha';
import type { CliMessages, CountedKey } from './cliMessages.types';
import { cliMessagesZhHant } from './cliMessages.zh-Hant';

/** The CLI's catalogs by locale. */
export const cliCatalogs: Readonly<Record<string, CliMessages>> = { en: cliMessagesEn, 'zh-Hant': cliMessagesZhHant, ha: cliMessagesHa };

const issueCatalogs: Readonly<Record<string, IssueMessageCatalog>> = { en: issueMessagesEn, 'zh-Hant': issueMessagesZhHant, ha: issueMessagesHa };

/** The words of one locale, filled: the CLI's own and the reasons' sentences. */
export interface CliWords {
  /** The locale of the words, labels and numbers. */
  locale: string;
  /** ISO 4217 code for money, or undefined to show plain numbers in "your currency". */
  currency: string | undefined;
  /** The reason sentences, for the core's `explainReasons`. */
  reasons: ReasonMessages;
  /** The core's issue messages, for `localiseIssues`. */
  issues: IssueMessageCatalog;
  /** A message with its placeholders filled. */
  say: (key: keyof CliMessages, values?: Readonly<Record<string, string | number>>) => string;
  /** A counted message in the plural form the locale uses for `count`, which also fills `{count}`. */
  count: (key: CountedKey, count: number, values?: Readonly<Record<string, string | number>>) => string;
}

function pluralOf(locale: string, count: number): 'one' | 'other' {
  try {
    return new Intl.PluralRules(locale).select(count) === 'one' ? 'one' : 'other';
  } catch {
    return count === 1 ? 'one' : 'other';
  }
}

/**
 * The CLI's words for a locale, along its fallback chain (`zh-TW` → `zh-Hant`), else English.
 * @example cliWordsFor('ha').say('summary.tier') // 'Matsayi'
 */
export function cliWordsFor(locale: string, currency?: string): CliWords {
  const messages = pickCatalog(cliCatalogs, locale, cliMessagesEn);
  const say: CliWords['say'] = (key, values) => fillMessage(messages[key], values);
  return {
    locale,
    currency,
    reasons: reasonMessagesFor(locale),
    issues: pickCatalog(issueCatalogs, locale, issueMessagesEn),
    say,
    count: (key, count, values) => say(`${key}.${pluralOf(locale, count)}` as keyof CliMessages, { ...values, count }),
  };
}
