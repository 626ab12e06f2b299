import { useId, useMemo, useRef, type ReactNode } from 'react';
import { estimateSecondsLeft, type LocalisedText, type Question, type SectionStep } from '../../../../core';
import { formatMessage } from '../../../i18n/formatMessage';
import type { ValidAssessment } from '../../../useAssessment.types';
import { headingTag, type HeadingLevel } from '../../../utils/heading';
import { partClassName, type PartClassName } from '../../../utils/partClassName';
import { fieldErrorMessage } from '../fieldErrorMessage';
import { QuestionField } from '../QuestionField';
import { useQuestionsAdded } from '../useQuestionsAdded';
import { FocusProgress } from './FocusProgress';
import { handleFocusKey } from './focusKeys';
import { questionPosition } from './focusPosition';
import { timeLeftMessage } from './timeLeftMessage';
import { useAutoAdvance } from './useAutoAdvance';
import type { FocusNavigation } from './useFocusNavigation';
import { useQuestionFocus } from './useQuestionFocus';

/** Props of `FocusStep`. */
export interface FocusStepProps {
  assessment: ValidAssessment;
  /** Where focus mode is, from `useFocusNavigation` (kept by the wizard, so it outlives review). */
  navigation: FocusNavigation;
  /** The section step on screen (the navigation's, once known to be there). */
  step: SectionStep;
  /** The question on screen. */
  question: Question;
  /** Localises a definition text. */
  text: (value: LocalisedText | undefined) => string;
  /** The wizard's part class names: the fields and buttons look as in the steps layout. */
  cn: PartClassName;
  unstyled: boolean | undefined;
  /** Level of the section's heading. */
  headingLevel: HeadingLevel;
  /** Puts a sentence in the wizard's polite live region. */
  announce: (message: string) => void;
  /** Shown under the buttons, e.g. the "continue on another device" link. */
  footer?: ReactNode;
}

/**
 * One question per screen: its place and the time left, the question in large type, Back and Next.
 * Keys anywhere inside: 1–9 choose, Enter goes on, Backspace goes back; a single choice by pointer or
 * number key goes on by itself after a short pause.
 */
export function FocusStep({ assessment, navigation, step, question, text, cn, unstyled, headingLevel, announce, footer }: FocusStepProps) {
  const { steps, answers, session, messages, progress } = assessment;
  const { index, direction, isFirstQuestion, isLastInStep } = navigation;
  const fcn = useMemo(() => partClassName('FocusWizard', { unstyled }), [unstyled]);
  const ids = useId();
  const rootRef = useRef<HTMLFormElement>(null);
  const SectionTitle = headingTag(headingLevel);

  const value = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
  const issue = session.errors[question.id]?.[0];
  const { number, count } = questionPosition(steps, step, index);
  const allQuestions = useMemo(() => steps.flatMap((candidate) => (candidate.kind === 'section' ? candidate.questions : [])), [steps]);
  const secondsLeft = useMemo(() => estimateSecondsLeft(allQuestions, answers), [allQuestions, answers]);
  const questionsAdded = useQuestionsAdded(assessment.questionnaire, answers, step.questions);

  // Goes on through `next`, as Enter does: the same check, the same announcement of what blocks.
  const autoAdvance = useAutoAdvance(() => next());
  const next = () => {
    autoAdvance.cancel();
    const blocking = navigation.goNext();
    if (blocking) announce(fieldErrorMessage(blocking, messages, assessment.locale));
  };
  const back = isFirstQuestion
    ? undefined
    : () => {
        autoAdvance.cancel();
        navigation.goBack();
      };

  const position = formatMessage(messages, 'focus.question', { number, count });
  useQuestionFocus({
    questionKey: question.id,
    rootRef,
    announcement: issue
      ? formatMessage(messages, 'focus.questionWithError', { number, count, error: fieldErrorMessage(issue, messages, assessment.locale) })
      : position,
    announce,
    moveOnMount: navigation.hasMoved,
  });

  const isChoice = question.type === 'single' || question.type === 'likert' || question.type === 'multi';
  const keysHint = question.type === 'multi' ? messages['focus.keysMulti'] : isChoice ? messages['focus.keysSingle'] : undefined;
  const isLastSection = isLastInStep && progress.stepNumber === progress.stepCount;

  return (
    <form
      ref={rootRef}
      className={fcn('step')}
      noValidate
      aria-labelledby={`${ids}-section`}
      data-step={step.sectionId}
      data-question-index={index}
      onSubmit={(event) => {
        event.preventDefault();
        next();
      }}
      onKeyDown={(event) =>
        handleFocusKey(event, {
          question,
          value,
          field: rootRef.current?.querySelector<HTMLElement>(`[data-question="${question.id}"]`),
          answer: assessment.answer,
          goNext: next,
          goBack: back,
          autoAdvance,
        })
      }
      onPointerDown={autoAdvance.onPointerDown}
      onClick={autoAdvance.onClick}
    >
      <FocusProgress number={number} count={count} timeLeft={timeLeftMessage(secondsLeft, messages)} messages={messages} cn={fcn} id={`${ids}-progress`} />
      <SectionTitle id={`${ids}-section`} className={fcn('section')}>
        {text(step.section.title)}
      </SectionTitle>
      {index === 0 && step.section.description && <p className={cn('description')}>{text(step.section.description)}</p>}
      {/* Keyed by question: a new element per question, so its entrance animation plays each time; the first shown stays still. */}
      <div key={question.id} className={fcn('question')} data-direction={navigation.hasMoved ? direction : undefined}>
        <QuestionField
          question={question}
          value={value}
          issues={session.errors[question.id]}
          answer={assessment.answer}
          text={text}
          messages={messages}
          cn={cn}
          profile={question.type === 'number' ? assessment.profile : undefined}
          kpis={assessment.questionnaire.kpis}
          locale={assessment.locale}
          currency={assessment.currency}
          questionsAdded={questionsAdded.get(question.id)}
        />
        {keysHint && <p className={fcn('keys')}>{keysHint}</p>}
      </div>
      <div className={cn('nav')}>
        {back && (
          <button type="button" className={cn('back', 'rk-Button')} data-variant="secondary" onClick={back}>
            {messages['wizard.back']}
          </button>
        )}
        <button type="submit" className={cn('next', 'rk-Button')}>
          {isLastSection ? messages['wizard.review'] : messages['wizard.next']}
        </button>
      </div>
      {footer}
    </form>
  );
}
