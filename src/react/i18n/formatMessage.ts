import type { MessageValues, UiMessages } from './uiMessages.types';

/**
 * Fills a UI message's `{placeholders}`; an unknown placeholder stays as it is, so a gap shows
 * rather than breaking the sentence.
 * @example formatMessage(messages, 'wizard.progress', { step: 2, count: 11 }) // 'Step 2 of 11'
 */
export function formatMessage(messages: UiMessages, key: keyof UiMessages, values: MessageValues = {}): string {
  return messages[key].replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : match,
  );
}
