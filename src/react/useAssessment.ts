import { useCallback, useMemo, useRef, useState } from 'react';
import {
  createSession,
  getCurrentStep,
  getProgress,
  getSteps,
  isSessionFor,
  normaliseLocale,
  reduceSession,
  scoreAnswers,
  type Answers,
  type AnswerValue,
  type Questionnaire,
  type SessionAction,
  type SessionState,
  type SessionTarget,
  type Updater,
} from '../core';
import { socialMediaAssessment } from '../content/social-media';
import { resolveUiMessages } from './i18n/resolveUiMessages';
import { useSavedAnswers, type SavedAnswers } from './state/useSavedAnswers';
import { checkLeadCapture, validateLeadValues } from './state/leadCapture';
import { validateDefinition } from './state/validateDefinition';
import type { AssessmentState, LeadValues, UseAssessmentOptions, ValidAssessment } from './useAssessment.types';

const NO_ERRORS = {};

/** The latest props, read by actions so that they never act on a stale render. */
interface Latest {
  options: UseAssessmentOptions;
  questionnaire: Questionnaire | null;
  session: SessionState | null;
  lead: LeadValues;
  saved: SavedAnswers;
}

/**
 * Runs an assessment: validates the definition, keeps the session (answers controlled or not),
 * scores the answers live and calls the host's callbacks. The state behind `AssessmentProvider`.
 * @example
 * const assessment = useAssessment({ onComplete: (profile) => sendToCrm(profile) });
 * if (!assessment.isValid) return <AssessmentErrorPanel issues={assessment.issues} />;
 */
export function useAssessment(options: UseAssessmentOptions = {}): AssessmentState {
  const { currency, leadCapture, scoreOptions } = options;
  // `zh-TW` becomes `zh-Hant-TW`, so texts and Intl formatting follow the Traditional Chinese chain.
  const locale = normaliseLocale(options.locale ?? 'en');
  const messages = useMemo(() => resolveUiMessages(locale, options.messages, options.catalogs), [locale, options.messages, options.catalogs]);
  const definition = options.questionnaire === undefined ? socialMediaAssessment : options.questionnaire;
  const validation = useMemo(() => validateDefinition(definition), [definition]);
  const leadIssues = useMemo(() => checkLeadCapture(leadCapture), [leadCapture]);
  const questionnaire = validation.ok && leadIssues.length === 0 ? validation.value : null;

  const [ownSession, setOwnSession] = useState<SessionState | null>(() =>
    questionnaire ? createSession(questionnaire, { answers: options.answers ?? options.defaultAnswers }) : null,
  );
  const [lead, setLeadState] = useState<LeadValues>({});
  const [leadErrors, setLeadErrors] = useState<ValidAssessment['leadErrors']>(NO_ERRORS);

  // A new questionnaire (another id or version) starts a new session; the answers carry over and
  // are checked against it.
  let stored = ownSession;
  if (questionnaire && !isSessionFor(questionnaire, stored)) {
    stored = createSession(questionnaire, { answers: options.answers ?? ownSession?.answers ?? options.defaultAnswers });
    setOwnSession(stored);
  }
  const controlled = options.answers;
  const session = useMemo(
    () => (stored && controlled !== undefined && stored.answers !== controlled ? { ...stored, answers: controlled } : stored),
    [stored, controlled],
  );

  const saved = useSavedAnswers(questionnaire, options);
  const latest = useRef<Latest>({ options, questionnaire, session, lead, saved });
  latest.current = { options, questionnaire, session, lead, saved };

  const dispatch = useCallback((action: SessionAction) => {
    const { options: current, questionnaire: q, session: before } = latest.current;
    if (!q || !before) return;
    const after = reduceSession(q, before, action);
    if (after === before) return;
    latest.current = { ...latest.current, session: after };
    setOwnSession(after);
    if (after.answers !== before.answers) {
      latest.current.saved.save(after.answers);
      if (action.type === 'answer') current.onAnswer?.(action.questionId, after.answers[action.questionId], after.answers);
      current.onAnswersChange?.(after.answers);
    }
    const moved = after.status !== before.status || after.currentSectionId !== before.currentSectionId;
    if (moved) current.onStepChange?.(getCurrentStep(q, after), getProgress(q, after));
    if (after.status === 'complete' && before.status !== 'complete')
      current.onComplete?.(scoreAnswers(q, after.answers, current.scoreOptions), after.answers, latest.current.lead);
  }, []);

  const complete = useCallback(() => {
    const errors = validateLeadValues(latest.current.options.leadCapture, latest.current.lead);
    setLeadErrors(Object.keys(errors).length > 0 ? errors : NO_ERRORS);
    if (Object.keys(errors).length === 0) dispatch({ type: 'complete' });
  }, [dispatch]);

  const setLead = useCallback((fieldId: string, value: string) => {
    const lead = { ...latest.current.lead, [fieldId]: value };
    latest.current = { ...latest.current, lead };
    setLeadState(lead);
    setLeadErrors((errors) => {
      if (!Object.hasOwn(errors, fieldId)) return errors;
      const { [fieldId]: _cleared, ...rest } = errors;
      return rest;
    });
  }, []);

  const actions = useMemo(
    () => ({
      dispatch,
      complete,
      setLead,
      answer: (questionId: string, value: Updater<AnswerValue | undefined>) => dispatch({ type: 'answer', questionId, value }),
      next: () => dispatch({ type: 'next' }),
      back: () => dispatch({ type: 'back' }),
      goTo: (target: SessionTarget) => dispatch({ type: 'goTo', ...target } as SessionAction),
      reset: (answers?: Answers) => {
        dispatch({ type: 'reset', answers });
        latest.current = { ...latest.current, lead: {} };
        setLeadState({});
        setLeadErrors(NO_ERRORS);
      },
    }),
    [dispatch, complete, setLead],
  );
  const { resumable, settle, decline } = saved;
  const resumeActions = useMemo(
    () => ({
      resume: () => {
        const offer = latest.current.saved.resumable;
        settle();
        if (offer) dispatch({ type: 'reset', answers: offer.answers });
      },
      declineResume: decline,
    }),
    [dispatch, settle, decline],
  );

  const answers = session?.answers;
  const profile = useMemo(
    () => (questionnaire && answers ? scoreAnswers(questionnaire, answers, scoreOptions) : null),
    [questionnaire, answers, scoreOptions],
  );
  const view = useMemo(() => {
    if (!questionnaire || !session) return null;
    const steps = getSteps(questionnaire, session);
    return { steps, currentStep: steps.find((step) => step.isCurrent) ?? null, progress: getProgress(questionnaire, session) };
  }, [questionnaire, session]);

  if (!questionnaire || !session || !profile || !view)
    return { isValid: false, issues: validation.ok ? leadIssues : validation.issues, locale, currency, messages };
  return {
    isValid: true,
    locale,
    currency,
    messages,
    questionnaire,
    session,
    answers: session.answers,
    ...view,
    profile,
    leadCapture,
    lead,
    leadErrors,
    ...actions,
    resumable,
    ...resumeActions,
  };
}
