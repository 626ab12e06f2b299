import { localise, type Question } from '../../core';
import { formatList } from '../../core/explain/formatList';
import { formatMessage } from '../i18n/formatMessage';
import type { UiMessages } from '../i18n/uiMessages.types';
import { formatValue } from './formatValue';

/** What `formatAnswer` needs besides the answer. */
export interface FormatAnswerOptions {
  messages: UiMessages;
  locale: string;
  currency?: string | undefined;
}

/**
 * An answer as the respondent would say it: option labels, "4 of 5", a formatted number, or the
 * text; `null` when there is no answer. Unknown questions and options show their ids.
 * @example formatAnswer(platformsQuestion, ['linkedin', 'x'], options) // 'LinkedIn and X (Twitter)'
 */
export function formatAnswer(question: Question | undefined, value: unknown, options: FormatAnswerOptions): string | null {
  const { messages, locale, currency } = options;
  const optionLabel = (id: unknown) => {
    const option = question && 'options' in question ? question.options.find((candidate) => candidate.id === id) : undefined;
    return option ? localise(option.label, locale) : String(id);
  };
  if (value === null || value === undefined || value === '') return null;
  if (Array.isArray(value)) return value.length === 0 ? null : formatList(value.map(optionLabel), locale, 'and');
  if (typeof value === 'number') {
    if (question?.type === 'likert') return formatMessage(messages, 'likert.scale', { value });
    return formatValue(value, question?.type === 'number' ? question.unit : undefined, { locale, currency });
  }
  return question && 'options' in question ? optionLabel(value) : String(value);
}
