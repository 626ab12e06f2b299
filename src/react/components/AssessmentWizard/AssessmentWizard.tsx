import { useCallback, useId, useMemo, useState, type ReactNode } from 'react';
import { localise, type LocalisedText } from '../../../core';
import { useAssessmentRuntimeContext, useOptionalAssessment } from '../../context/AssessmentContext';
import { formatMessage } from '../../i18n/formatMessage';
import type { StandaloneAssessmentOptions, ValidAssessment } from '../../useAssessment.types';
import { headingTag, type HeadingLevel } from '../../utils/heading';
import { isHttpUrl } from '../../utils/isHttpUrl';
import { partClassName, type StylingProps } from '../../utils/partClassName';
import { visuallyHidden } from '../../utils/visuallyHidden';
import { AssessmentErrorPanel } from '../AssessmentErrorPanel/AssessmentErrorPanel';
import { AssessmentResult } from '../AssessmentResult/AssessmentResult';
import { AssessmentProvider } from '../AssessmentProvider/AssessmentProvider';
import { QuestionField } from './QuestionField';
import { useQuestionsAdded } from './useQuestionsAdded';
import { ReviewStepView } from './ReviewStepView';
import { useStepFocus } from './useStepFocus';
import { WizardProgress } from './WizardProgress';
import { textDirection } from '../../utils/textDirection';
import { ResumeOffer } from './ResumeOffer';
import { ShareLinks } from './ShareLinks';
import { FocusStep } from './focus/FocusStep';
import { useFocusNavigation } from './focus/useFocusNavigation';
import { QuickCheckIntro } from './quickCheck/QuickCheckIntro';
import { QuickCheckOffer } from './quickCheck/QuickCheckOffer';

/** Props of `AssessmentWizard`: the options of `useAssessment` (ignored inside a provider), and its look. */
export interface AssessmentWizardProps extends StandaloneAssessmentOptions, StylingProps {
  /** Level of the wizard's title; step headings are one below (default 2). */
  headingLevel?: 2 | 3 | 4;
  /** Shows the questionnaire's title above the steps (default true). */
  showTitle?: boolean;
  /** What to show once the respondent finishes; default: the kit's result view. */
  renderResult?: (assessment: ValidAssessment) => ReactNode;
  /**
   * The address of this page, absolute http(s): the wizard then offers "continue on another device" on
   * each step and a read-only result link at the end, with the answers in the link's fragment (see the
   * README on privacy). Any other value (`javascript:`, a relative path) shows no share links.
   */
  shareBaseUrl?: string;
  /**
   * `steps` (default): one section per screen. `focus`: one question per screen in large type, chosen
   * by click or number key, going on by itself after a single choice, with the time left. Review and
   * the result look the same in both.
   */
  layout?: 'steps' | 'focus';
}


/**
 * The assessment as a step-by-step form: one section per step with progress, back and next,
 * per-step validation, a review step, then the result. Inside an `AssessmentProvider` it uses the
 * provider's assessment; alone it runs its own from its props.
 * @example <AssessmentWizard onComplete={(profile, answers, lead) => sendToCrm({ profile, lead })} />
 */
export function AssessmentWizard(props: AssessmentWizardProps) {
  // Only whether a provider is there: the view below subscribes to the state.
  const context = useAssessmentRuntimeContext();
  const { className, unstyled, headingLevel, showTitle, renderResult, shareBaseUrl, layout, ...options } = props;
  // Only http(s): the base becomes an `href`, and a `javascript:` one would run on a click.
  const view = { className, unstyled, headingLevel, showTitle, renderResult, shareBaseUrl: isHttpUrl(shareBaseUrl) ? shareBaseUrl : undefined, layout };
  if (context) return <WizardFromContext {...view} />;
  return (
    <AssessmentProvider {...options} questionnaire={options.questionnaire}>
      <WizardFromContext {...view} />
    </AssessmentProvider>
  );
}

type WizardViewProps = Pick<AssessmentWizardProps, 'className' | 'unstyled' | 'headingLevel' | 'showTitle' | 'renderResult' | 'shareBaseUrl' | 'layout'>;

/** The wizard over the provider's assessment. */
function WizardFromContext(props: WizardViewProps) {
  const assessment = useOptionalAssessment();
  if (!assessment) return null;
  if (!assessment.isValid) return <AssessmentErrorPanel issues={assessment.issues} messages={assessment.messages} locale={assessment.locale} />;
  return <WizardView assessment={assessment} {...props} />;
}

/** The wizard's layout, focus handling and navigation. */
function WizardView({ assessment, className, unstyled, headingLevel = 2, showTitle = true, renderResult, shareBaseUrl, layout = 'steps' }: WizardViewProps & { assessment: ValidAssessment }) {
  const { questionnaire, session, currentStep, progress, messages, locale } = assessment;
  // Stable across answers, so the memoised question fields that take them can skip re-rendering.
  const cn = useMemo(() => partClassName('Wizard', { className, unstyled }), [className, unstyled]);
  const text = useCallback((value: LocalisedText | undefined) => localise(value, locale), [locale]);
  const dir = useMemo(() => textDirection(locale), [locale]);
  const ids = useId();
  const Title = headingTag(headingLevel);
  const StepTitle = headingTag(headingLevel, 1);
  // Focus mode: kept here rather than in its view, so the question index outlives review and result.
  const navigation = useFocusNavigation(assessment);
  const [focusAnnouncement, announce] = useState('');
  const onFocusStep = layout === 'focus' && navigation.step && navigation.question ? { step: navigation.step, question: navigation.question } : undefined;
  const questionsAdded = useQuestionsAdded(questionnaire, assessment.answers, currentStep?.kind === 'section' ? currentStep.questions : undefined);

  const stepTitle =
    session.status === 'complete'
      ? messages['result.title']
      : currentStep?.kind === 'section'
        ? text(currentStep.section.title)
        : messages['review.title'];
  // Only fields on screen count: a section's questions, or the review step's lead fields (a failed
  // `complete` takes the respondent to the step whose questions have errors).
  const stepErrors =
    currentStep?.kind === 'section'
      ? currentStep.questions.filter((question) => session.errors[question.id]?.length).length
      : Object.keys(assessment.leadErrors).length;
  const focus = useStepFocus({
    // Focus mode moves focus and announces per question itself; this hook takes over on review and the result.
    stepKey: onFocusStep ? 'focus' : `${session.status}:${session.currentSectionId ?? ''}`,
    stepAnnouncement:
      session.status === 'complete'
        ? messages['result.announcement']
        : currentStep?.kind === 'section'
          ? formatMessage(messages, 'wizard.stepAnnouncement', { step: progress.stepNumber, count: progress.stepCount, title: stepTitle })
          : stepTitle,
    errorCount: stepErrors,
    errorAnnouncement: formatMessage(messages, 'wizard.errorSummary', { count: stepErrors }, locale),
  });

  const isLastSection = currentStep?.kind === 'section' && progress.stepNumber === progress.stepCount;
  const submitLabel =
    currentStep?.kind === 'review' ? messages['wizard.submit'] : isLastSection ? messages['wizard.review'] : messages['wizard.next'];

  return (
    <section className={cn()} aria-labelledby={`${ids}-title`} data-state={session.status} data-layout={layout} lang={locale} dir={dir}>
      {showTitle ? (
        <Title id={`${ids}-title`} className={cn('title')}>
          {text(questionnaire.title)}
        </Title>
      ) : (
        <span id={`${ids}-title`} style={visuallyHidden}>
          {text(questionnaire.title)}
        </span>
      )}
      <div className={cn('announcer')} aria-live="polite" aria-atomic="true" style={visuallyHidden}>
        {onFocusStep ? focusAnnouncement : focus.announcement}
      </div>
      {session.status !== 'complete' && (
        <ResumeOffer assessment={assessment} headingLevel={(headingLevel + 1) as HeadingLevel} idPrefix={ids} unstyled={unstyled} />
      )}
      <QuickCheckIntro assessment={assessment} unstyled={unstyled} />
      {session.status === 'complete' ? (
        <div className={cn('result')}>
          <StepTitle ref={focus.headingRef} tabIndex={-1} className={cn('stepTitle')}>
            {stepTitle}
          </StepTitle>
          {/* Before the first reading, so that it is read as one: the offer says what the rest would add. */}
          <QuickCheckOffer assessment={assessment} headingLevel={(headingLevel + 2) as HeadingLevel} idPrefix={ids} unstyled={unstyled} />
          {renderResult ? renderResult(assessment) : <AssessmentResult headingLevel={(headingLevel + 2) as HeadingLevel} />}
          {shareBaseUrl !== undefined && <ShareLinks assessment={assessment} baseUrl={shareBaseUrl} kind="result" unstyled={unstyled} />}
          <div className={cn('nav')}>
            <button type="button" className={cn('restart', 'rk-Button')} data-variant="secondary" onClick={() => assessment.reset()}>
              {messages['wizard.restart']}
            </button>
          </div>
        </div>
      ) : onFocusStep ? (
        <FocusStep
          assessment={assessment}
          navigation={navigation}
          step={onFocusStep.step}
          question={onFocusStep.question}
          text={text}
          cn={cn}
          unstyled={unstyled}
          headingLevel={(headingLevel + 1) as HeadingLevel}
          announce={announce}
          footer={shareBaseUrl !== undefined && <ShareLinks assessment={assessment} baseUrl={shareBaseUrl} kind="continue" unstyled={unstyled} />}
        />
      ) : (
        <form
          ref={focus.formRef}
          className={cn('step')}
          noValidate
          aria-labelledby={`${ids}-step`}
          data-step={currentStep?.kind === 'section' ? currentStep.sectionId : 'review'}
          onSubmit={(event) => {
            event.preventDefault();
            focus.onSubmitAttempt();
            if (currentStep?.kind === 'review') assessment.complete();
            else assessment.next();
          }}
        >
          <WizardProgress
            stepNumber={progress.stepNumber}
            stepCount={progress.stepCount}
            answered={progress.answered}
            total={progress.total}
            onReview={session.status !== 'in_progress'}
            messages={messages}
            cn={cn}
            id={`${ids}-progress`}
          />
          <StepTitle id={`${ids}-step`} ref={focus.headingRef} tabIndex={-1} className={cn('stepTitle')}>
            {stepTitle}
          </StepTitle>
          {currentStep?.kind === 'section' && currentStep.section.description && (
            <p className={cn('description')}>{text(currentStep.section.description)}</p>
          )}
          {stepErrors > 0 && (
            <p className={cn('errorSummary')}>{formatMessage(messages, 'wizard.errorSummary', { count: stepErrors }, locale)}</p>
          )}
          {currentStep?.kind === 'section' ? (
            <div className={cn('questions')}>
              {currentStep.questions.map((question) => (
                <QuestionField
                  key={question.id}
                  question={question}
                  value={Object.hasOwn(assessment.answers, question.id) ? assessment.answers[question.id] : undefined}
                  issues={session.errors[question.id]}
                  answer={assessment.answer}
                  text={text}
                  messages={messages}
                  cn={cn}
                  profile={question.type === 'number' ? assessment.profile : undefined}
                  kpis={questionnaire.kpis}
                  locale={locale}
                  currency={assessment.currency}
                  questionsAdded={questionsAdded.get(question.id)}
                />
              ))}
            </div>
          ) : (
            <ReviewStepView assessment={assessment} text={text} cn={cn} />
          )}
          <div className={cn('nav')}>
            {progress.stepNumber > 1 || currentStep?.kind === 'review' ? (
              <button type="button" className={cn('back', 'rk-Button')} data-variant="secondary" onClick={assessment.back}>
                {messages['wizard.back']}
              </button>
            ) : null}
            <button type="submit" className={cn('next', 'rk-Button')}>
              {submitLabel}
            </button>
          </div>
          {shareBaseUrl !== undefined && <ShareLinks assessment={assessment} baseUrl={shareBaseUrl} kind="continue" unstyled={unstyled} />}
        </form>
      )}
    </section>
  );
}
