import type { AnswerValue, LocalisedText, Question } from '../../../core';
import { formatMessage } from '../../i18n/formatMessage';
import type { UiMessages } from '../../i18n/uiMessages.types';
import { formatValue } from '../../utils/formatValue';

/** What `formatAnswer` needs besides the answer. */
export interface FormatAnswerContext {
  text: (value: LocalisedText | undefined) => string;
  messages: UiMessages;
  locale: string;
  currency: string | undefined;
}

/**
 * An answer as the respondent would say it: option labels, "4 of 5", a formatted number, or the text.
 * @example formatAnswer(platformsQuestion, ['linkedin', 'x'], context) // 'LinkedIn, X (Twitter)'
 */
export function formatAnswer(question: Question, value: AnswerValue | undefined, context: FormatAnswerContext): string {
  const { text, messages, locale, currency } = context;
  if (value === undefined || (Array.isArray(value) && value.length === 0) || value === '') return messages['review.notAnswered'];
  const optionLabel = (id: string) => {
    const option = 'options' in question ? question.options.find((candidate) => candidate.id === id) : undefined;
    return option ? text(option.label) : id;
  };
  switch (question.type) {
    case 'single':
      return optionLabel(String(value));
    case 'multi':
      return (Array.isArray(value) ? value : [String(value)]).map(optionLabel).join(', ');
    case 'likert':
      return formatMessage(messages, 'likert.scale', { value: String(value) });
    case 'number': {
      const unit = question.unit === 'currency' || question.unit === 'percent' ? question.unit : undefined;
      return typeof value === 'number' ? formatValue(value, unit, { locale, currency }) : String(value);
    }
    default:
      return String(value);
  }
}
