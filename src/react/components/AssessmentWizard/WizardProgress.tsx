import { memo } from 'react';
import { ProgressTrack } from './ProgressTrack';
import { formatMessage } from '../../i18n/formatMessage';
import type { UiMessages } from '../../i18n/uiMessages.types';
import type { PartClassName } from '../../utils/partClassName';

/** Props of `WizardProgress`: plain numbers, so that `memo` skips it when an answer leaves them as they were. */
export interface WizardProgressProps {
  stepNumber: number;
  stepCount: number;
  answered: number;
  total: number;
  /** On the review step (or after): the bar is full and says so. */
  onReview: boolean;
  messages: UiMessages;
  cn: PartClassName;
  id: string;
}

/** "Step N of M" with a progress bar, and how many questions are answered. */
export const WizardProgress = memo(function WizardProgress({ stepNumber, stepCount, answered, total, onReview, messages, cn, id }: WizardProgressProps) {
  const label = onReview
    ? messages['review.title']
    : formatMessage(messages, 'wizard.progress', { step: stepNumber, count: stepCount });
  const done = onReview ? stepCount : stepNumber - 1;
  const percent = stepCount === 0 ? 100 : Math.round((done / stepCount) * 100);
  return (
    <div className={cn('progress')}>
      <p id={id} className={cn('progressLabel')}>
        {label}
        <span className={cn('progressAnswered')}>
          {' · '}
          {formatMessage(messages, 'wizard.progressAnswered', { answered, total })}
        </span>
      </p>
      <ProgressTrack labelledBy={id} now={percent} max={100} valueText={label} percent={percent} cn={cn} />
    </div>
  );
});
