import { memo } from 'react';
import { ProgressTrack } from '../ProgressTrack';
import { formatMessage } from '../../../i18n/formatMessage';
import type { UiMessages } from '../../../i18n/uiMessages.types';
import type { PartClassName } from '../../../utils/partClassName';

/** Props of `FocusProgress`: plain values, so that `memo` skips it when an answer leaves them as they were. */
export interface FocusProgressProps {
  /** The question on screen, from 1, across every step. */
  number: number;
  /** The questions of every step. */
  count: number;
  /** "About 3 minutes left", already worded. */
  timeLeft: string;
  messages: UiMessages;
  /** Part class names of the focus view. */
  cn: PartClassName;
  id: string;
}

/** "Question N of M · about 3 minutes left", over a bar that shows the same N of M. */
export const FocusProgress = memo(function FocusProgress({ number, count, timeLeft, messages, cn, id }: FocusProgressProps) {
  const label = formatMessage(messages, 'focus.question', { number, count });
  const percent = count === 0 ? 100 : Math.round((number / count) * 100);
  return (
    <div className={cn('progress')}>
      <p id={id} className={cn('progressLabel')}>
        <span className={cn('progressPosition')}>{label}</span>
        {/* Read as two sentences in the bar's name; between flex items the space takes no room. */}
        {' '}
        <span className={cn('progressTime')}>{timeLeft}</span>
      </p>
      <ProgressTrack labelledBy={id} now={number} max={count} valueText={label} percent={percent} cn={cn} />
    </div>
  );
});
