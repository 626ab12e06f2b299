import { fillPattern } from './fillPattern';
import type { MessageValues, UiMessages } from './uiMessages.types';

/**
 * Fills a UI message's `{placeholders}` and plurals (`{count, plural, one {# answer} other {# answers}}`,
 * chosen by the plural rules of `locale`, English by default); an unknown placeholder stays as it
 * is, so a gap shows rather than breaking the sentence. Pass the respondent's locale wherever a
 * message may hold a plural: a host's own catalog may need rules other than English ones.
 * @example formatMessage(messages, 'wizard.progress', { step: 2, count: 11 }) // 'Step 2 of 11'
 * @example formatMessage(messages, 'wizard.errorSummary', { count: 1 }, 'en') // 'Please check 1 answer on this step.'
 */
export function formatMessage(messages: UiMessages, key: keyof UiMessages, values: MessageValues = {}, locale = 'en'): string {
  return fillPattern(messages[key], values, locale);
}
