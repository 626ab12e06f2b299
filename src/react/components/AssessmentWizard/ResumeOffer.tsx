import type { ValidAssessment } from '../../useAssessment.types';
import { formatMessage } from '../../i18n/formatMessage';
import type { HeadingLevel } from '../../utils/heading';
import { headingTag } from '../../utils/heading';
import { partClassName, type StylingProps } from '../../utils/partClassName';

/** Props of `ResumeOffer`: the running assessment and where its heading sits. */
export interface ResumeOfferProps extends StylingProps {
  assessment: ValidAssessment;
  headingLevel: HeadingLevel;
  idPrefix: string;
}

/** The date a snapshot was saved, in the respondent's locale; nothing for a missing or bad date. */
function savedDate(savedAt: string | undefined, locale: string): string | undefined {
  const date = savedAt ? new Date(savedAt) : undefined;
  if (!date || Number.isNaN(date.getTime())) return undefined;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date);
}

/** "Welcome back": offers the answers saved on an earlier visit, to resume or to set aside. */
export function ResumeOffer({ assessment, headingLevel, idPrefix, ...styling }: ResumeOfferProps) {
  const { resumable, messages, locale } = assessment;
  if (!resumable) return null;
  const cn = partClassName('Wizard', styling);
  const Heading = headingTag(headingLevel);
  const count = Object.keys(resumable.answers).length;
  const date = savedDate(resumable.savedAt, locale);
  return (
    <section className={cn('resume')} aria-labelledby={`${idPrefix}-resume`}>
      <Heading id={`${idPrefix}-resume`} className={cn('resumeTitle')}>
        {messages['resume.title']}
      </Heading>
      <p className={cn('resumeDescription')}>
        {date
          ? formatMessage(messages, 'resume.descriptionDated', { count, date }, locale)
          : formatMessage(messages, 'resume.description', { count }, locale)}
      </p>
      <div className={cn('nav')}>
        <button type="button" className={cn('resumeContinue', 'rk-Button')} onClick={assessment.resume}>
          {messages['resume.continue']}
        </button>
        <button type="button" className={cn('resumeDecline', 'rk-Button')} data-variant="secondary" onClick={assessment.declineResume}>
          {messages['resume.startOver']}
        </button>
      </div>
    </section>
  );
}
