import type { LocalisedText } from '../../../core';
import { formatMessage } from '../../i18n/formatMessage';
import type { ValidAssessment } from '../../useAssessment.types';
import type { PartClassName } from '../../utils/partClassName';
import { formatAnswer } from '../../utils/formatAnswer';
import { LeadCaptureFields } from './LeadCaptureFields';

/** Props of `ReviewStepView`. */
export interface ReviewStepViewProps {
  assessment: ValidAssessment;
  text: (value: LocalisedText | undefined) => string;
  cn: PartClassName;
}

/** The review step: every visible answer by section, each section with an edit button, then lead capture. */
export function ReviewStepView({ assessment, text, cn }: ReviewStepViewProps) {
  const { steps, answers, messages, locale, currency } = assessment;
  return (
    <div className={cn('review')}>
      <p className={cn('description')}>{messages['review.description']}</p>
      {steps.map((step) =>
        step.kind === 'section' ? (
          <section key={step.sectionId} className={cn('reviewSection')} aria-label={text(step.section.title)}>
            <div className={cn('reviewSectionHeader')}>
              <p className={cn('reviewSectionTitle')}>{text(step.section.title)}</p>
              <button
                type="button"
                className={cn('edit', 'rk-Button')}
                data-variant="secondary"
                onClick={() => assessment.goTo({ sectionId: step.sectionId })}
              >
                {formatMessage(messages, 'review.edit', { section: text(step.section.title) })}
              </button>
            </div>
            <dl className={cn('answers')}>
              {step.questions.map((question) => (
                <div key={question.id} className={cn('answer')}>
                  <dt className={cn('answerQuestion')}>{text(question.label)}</dt>
                  <dd className={cn('answerValue')}>
                    {formatAnswer(question, answers[question.id], { messages, locale, currency }) ?? messages['review.notAnswered']}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ) : null,
      )}
      <LeadCaptureFields assessment={assessment} text={text} cn={cn} />
    </div>
  );
}
