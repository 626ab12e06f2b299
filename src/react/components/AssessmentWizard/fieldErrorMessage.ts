import type { Issue } from '../../../core';
import { formatMessage } from '../../i18n/formatMessage';
import type { UiMessages } from '../../i18n/uiMessages.types';

const num = (value: unknown) => (typeof value === 'number' ? value : undefined);

/**
 * The respondent-facing words for an answer's issue, in the UI locale (whose plural rules `locale`
 * gives; English by default). The core's messages are for developers ("answers.x: needs an answer");
 * these say what to do.
 */
export function fieldErrorMessage(issue: Issue, messages: UiMessages, locale = 'en'): string {
  const { params } = issue;
  switch (issue.code) {
    case 'required':
      return messages['field.required'];
    case 'too_many_options':
      return formatMessage(messages, 'field.tooManyOptions', { max: Number(params.max), count: Number(params.count) }, locale);
    case 'answer_out_of_range': {
      const min = num(params.min);
      const max = num(params.max);
      if (min !== undefined && max !== undefined) return formatMessage(messages, 'field.outOfRange', { min, max });
      if (min !== undefined) return formatMessage(messages, 'field.belowMin', { min });
      return formatMessage(messages, 'field.aboveMax', { max: max ?? '' });
    }
    case 'not_an_integer':
      return messages['field.notInteger'];
    case 'invalid_email':
      return messages['field.invalidEmail'];
    case 'text_too_long':
    case 'answer_too_long':
      return formatMessage(messages, 'field.textTooLong', { maxLength: Number(params.maxLength) }, locale);
    default:
      return messages['field.invalid'];
  }
}
