import { useMemo } from 'react';
import { estimateSecondsLeft } from '../../../../core';
import { formatMessage } from '../../../i18n/formatMessage';
import type { ValidAssessment } from '../../../useAssessment.types';
import { partClassName, type StylingProps } from '../../../utils/partClassName';
import { minutesOf } from './minutesOf';

/** Props of `QuickCheckIntro`. */
export interface QuickCheckIntroProps extends StylingProps {
  assessment: ValidAssessment;
}

/** On the quick check's first step: how many questions and how long, so the respondent knows what they start. */
export function QuickCheckIntro({ assessment, ...styling }: QuickCheckIntroProps) {
  const { scope, steps, progress } = assessment;
  const questions = useMemo(() => steps.flatMap((step) => (step.kind === 'section' ? step.questions : [])), [steps]);
  if (scope !== 'quick' || progress.stepNumber !== 1 || assessment.session.status !== 'in_progress') return null;
  const cn = partClassName('Wizard', styling);
  const minutes = minutesOf(estimateSecondsLeft(questions, {}));
  return <p className={cn('quickIntro')}>{formatMessage(assessment.messages, 'quickCheck.intro', { count: questions.length, minutes }, assessment.locale)}</p>;
}
