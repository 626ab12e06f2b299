import { formatMessage } from '../../../i18n/formatMessage';
import type { UiMessages } from '../../../i18n/uiMessages.types';

/**
 * "About 3 minutes left", "About 1 minute left" or "Less than a minute left" for an estimate in
 * seconds. Whole minutes rounded up: an estimate that promises less than it takes loses trust.
 * @example timeLeftMessage(130, uiMessagesEn) // 'About 3 minutes left'
 */
export function timeLeftMessage(seconds: number, messages: UiMessages): string {
  if (seconds < 60) return messages['focus.timeLeftUnderMinute'];
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? messages['focus.timeLeftOneMinute'] : formatMessage(messages, 'focus.timeLeft', { minutes });
}
