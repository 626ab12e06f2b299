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

/** "Step N of M" over a bar filled to the same N of M (as focus mode's "Question N of M"), and how many questions are answered. */
export const WizardProgress = memo(function WizardProgress({ stepNumber, stepCount, answered, total, onReview, messages, cn, id }: WizardProgressProps) {
  const label = onReview
    ? messages['review.title']
    : formatMessage(messages, 'wizard.progress', { step: stepNumber, count: stepCount });
  // The bar says what the words say: on step N of M it is N/M full, so "Step 1 of 4" is not an empty bar.
  const now = onReview ? stepCount : Math.min(stepNumber, stepCount);
  const percent = stepCount === 0 ? 100 : Math.round((now / stepCount) * 100);
  return (
    <div className={cn('progress')}>
      <p id={id} className={cn('progressLabel')}>
        {label}
        <span className={cn('progressAnswered')}>
          {' · '}
          {formatMessage(messages, 'wizard.progressAnswered', { answered, total })}
        </span>
      </p>
      <ProgressTrack labelledBy={id} now={now} max={stepCount} valueText={label} percent={percent} cn={cn} />
    </div>
  );
});
