import { useMemo } from 'react';
import { estimateSecondsLeft, questionsAfterQuickCheck } from '../../../../core';
import { formatMessage } from '../../../i18n/formatMessage';
import type { ValidAssessment } from '../../../useAssessment.types';
import { headingTag, type HeadingLevel } from '../../../utils/heading';
import { partClassName, type StylingProps } from '../../../utils/partClassName';
import { minutesOf } from './minutesOf';

/** Props of `QuickCheckOffer`: the running assessment and where its heading sits. */
export interface QuickCheckOfferProps extends StylingProps {
  assessment: ValidAssessment;
  headingLevel: HeadingLevel;
  idPrefix: string;
}

/**
 * After the quick check: says the result is a first reading and offers the rest of the questions,
 * with how many and how long, every answer kept. Nothing once the full questionnaire is being answered.
 */
export function QuickCheckOffer({ assessment, headingLevel, idPrefix, ...styling }: QuickCheckOfferProps) {
  const { scope, questionnaire, answers, messages, locale } = assessment;
  const remaining = useMemo(() => (scope === 'quick' ? questionsAfterQuickCheck(questionnaire, answers) : []), [scope, questionnaire, answers]);
  if (remaining.length === 0) return null;
  const cn = partClassName('Wizard', styling);
  const Heading = headingTag(headingLevel);
  const minutes = minutesOf(estimateSecondsLeft(remaining, answers));
  return (
    <section className={cn('deepen')} aria-labelledby={`${idPrefix}-deepen`}>
      <Heading id={`${idPrefix}-deepen`} className={cn('deepenTitle')}>
        {messages['quickCheck.offerTitle']}
      </Heading>
      <p className={cn('deepenDescription')}>
        {formatMessage(messages, minutes === 1 ? 'quickCheck.offerTextOneMinute' : 'quickCheck.offerText', { count: remaining.length, minutes }, locale)}
      </p>
      <button type="button" className={cn('deepenButton', 'rk-Button')} onClick={assessment.deepen}>
        {messages['quickCheck.deepen']}
      </button>
    </section>
  );
}
