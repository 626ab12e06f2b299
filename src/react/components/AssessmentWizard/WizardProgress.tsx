import { formatMessage } from '../../i18n/formatMessage';
import type { ValidAssessment } from '../../useAssessment.types';
import type { PartClassName } from '../../utils/partClassName';

/** Props of `WizardProgress`. */
export interface WizardProgressProps {
  assessment: ValidAssessment;
  cn: PartClassName;
  id: string;
}

/** "Step N of M" with a progress bar, and how many questions are answered. */
export function WizardProgress({ assessment, cn, id }: WizardProgressProps) {
  const { progress, messages, session } = assessment;
  const onReview = session.status !== 'in_progress';
  const label = onReview
    ? messages['review.title']
    : formatMessage(messages, 'wizard.progress', { step: progress.stepNumber, count: progress.stepCount });
  const done = onReview ? progress.stepCount : progress.stepNumber - 1;
  const percent = progress.stepCount === 0 ? 100 : Math.round((done / progress.stepCount) * 100);
  return (
    <div className={cn('progress')}>
      <p id={id} className={cn('progressLabel')}>
        {label}
        <span className={cn('progressAnswered')}>
          {' · '}
          {formatMessage(messages, 'wizard.progressAnswered', { answered: progress.answered, total: progress.total })}
        </span>
      </p>
      <div
        className={cn('progressTrack')}
        role="progressbar"
        aria-labelledby={id}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={label}
      >
        <div className={cn('progressFill')} style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
