import { useEffect, useMemo, useRef, useState } from 'react';
import {
  createAssessmentStore,
  createFunnelTracker,
  normaliseLocale,
  type Answers,
  type AssessmentStore,
  type FunnelTracker,
  type Issue,
  type PeerBenchmark,
  type Questionnaire,
  type ResultReference,
} from '../../core';
import { resolveUiMessages } from '../i18n/resolveUiMessages';
import type { UiMessages } from '../i18n/uiMessages.types';
import type { AssessmentActions, LeadCapture, UseAssessmentOptions } from '../useAssessment.types';
import { useIsomorphicLayoutEffect } from '../utils/useIsomorphicLayoutEffect';
import { checkLeadCapture, validateLeadValues } from './leadCapture';
import { createLeadStore, type LeadStore } from './leadStore';
import { validateDefinition } from './validateDefinition';

/** What every runtime carries, valid or not. */
interface RuntimeBase {
  locale: string;
  currency: string | undefined;
  messages: UiMessages;
  /** Reference content for the result views, from the host. */
  reference: ResultReference | undefined;
  /** Peer benchmarks for the result views, from the host. */
  benchmark?: PeerBenchmark | undefined;
}

/**
 * What `AssessmentProvider` shares with the components inside: the same object while only answers
 * change, so nothing re-renders through the context; components subscribe to the store for the
 * parts they show.
 */
export type AssessmentRuntime =
  | (RuntimeBase & { isValid: false; issues: readonly Issue[] })
  | (RuntimeBase & {
      isValid: true;
      questionnaire: Questionnaire;
      store: AssessmentStore;
      lead: LeadStore;
      leadCapture: LeadCapture | undefined;
      actions: AssessmentActions;
    });

/** A store and its lead store, for one questionnaire. */
interface Running {
  questionnaire: Questionnaire;
  store: AssessmentStore;
  lead: LeadStore;
  actions: AssessmentActions;
  /** Reports the funnel events; started once mounted, so a store React throws away reports nothing. */
  tracker: FunnelTracker;
}

/** Compares option objects hosts often write inline (`scoreOptions={{ … }}`) by value, not by identity. */
const sameJson = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

function actionsFor(store: AssessmentStore, lead: LeadStore, leadCapture: () => LeadCapture | undefined): AssessmentActions {
  return {
    dispatch: store.dispatch,
    answer: store.answer,
    next: store.next,
    back: store.back,
    goTo: store.goTo,
    complete: () => {
      const errors = validateLeadValues(leadCapture(), lead.getState().values);
      lead.setErrors(errors);
      if (Object.keys(errors).length === 0) store.complete();
    },
    reset: (answers) => {
      store.reset(answers);
      lead.reset();
    },
    setLead: lead.set,
    resume: store.resume,
    declineResume: store.declineResume,
    deepen: store.deepen,
    check: store.check,
  };
}

/**
 * Validates the definition and runs its store: created once per questionnaire (id and version),
 * restored from storage once mounted (never on a server), saved on page hide, kept in line with
 * controlled answers and with the host's latest callbacks.
 */
export function useAssessmentRuntime(options: UseAssessmentOptions): AssessmentRuntime {
  const { currency, leadCapture, reference, benchmark } = options;
  // `zh-TW` becomes `zh-Hant-TW`, so texts and Intl formatting follow the Traditional Chinese chain.
  const locale = normaliseLocale(options.locale ?? 'en');
  const messages = useMemo(() => resolveUiMessages(locale, options.messages, options.catalogs), [locale, options.messages, options.catalogs]);
  const validation = useMemo(() => validateDefinition(options.questionnaire), [options.questionnaire]);
  const leadIssues = useMemo(() => checkLeadCapture(leadCapture), [leadCapture]);
  const questionnaire = validation.ok && leadIssues.length === 0 ? validation.value : null;

  // The host's latest props, for callbacks the store calls later; updated after render, never during it.
  const latest = useRef(options);
  useIsomorphicLayoutEffect(() => {
    latest.current = options;
  });

  const start = (definition: Questionnaire, answers: Answers | undefined): Running => {
    const lead = createLeadStore();
    const store = createAssessmentStore(definition, {
      answers,
      quickCheck: options.quickCheck,
      scoreOptions: options.scoreOptions,
      storage: options.storage,
      storageKey: options.storageKey,
      onStorageIssues: (issues) => latest.current.onRestoreIssues?.(issues),
      onAnswer: (questionId, value, all) => latest.current.onAnswer?.(questionId, value, all),
      onAnswersChange: (all) => latest.current.onAnswersChange?.(all),
      onStepChange: (step, progress) => latest.current.onStepChange?.(step, progress),
      onComplete: (profile, all) => latest.current.onComplete?.(profile, all, lead.getState().values),
    });
    const tracker = createFunnelTracker(store, { session: options.sessionId, onEvent: (event) => latest.current.onFunnelEvent?.(event) });
    return { questionnaire: definition, store, lead, actions: actionsFor(store, lead, () => latest.current.leadCapture), tracker };
  };

  const [running, setRunning] = useState<Running | null>(() => (questionnaire ? start(questionnaire, options.answers ?? options.defaultAnswers) : null));
  let current = running;
  // Another questionnaire (id or version) starts a new store; the answers carry over and are checked against it.
  if (questionnaire && (current?.questionnaire.id !== questionnaire.id || current.questionnaire.version !== questionnaire.version)) {
    current = start(questionnaire, options.answers ?? current?.store.getState().session.answers ?? options.defaultAnswers);
    setRunning(current);
  }
  const store = current?.store;
  const tracker = current?.tracker;

  // Before the first paint, so no step the respondent sees goes unreported; StrictMode's second start reports nothing twice.
  useIsomorphicLayoutEffect(() => tracker?.start(), [tracker]);

  useEffect(() => {
    if (!store || !tracker) return;
    store.restore();
    if (typeof window === 'undefined') return;
    // A pending save is written before the page goes away or into the background; the funnel hears
    // that the respondent left (the tracker reports it once, and never after completion).
    const flush = () => {
      store.flush();
      tracker.abandon();
    };
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      store.flush();
    };
  }, [store, tracker]);

  // Controlled answers: the host's win. A respondent's change reaches the host through the callbacks
  // and shows only once the host passes it back, as with a controlled input.
  const synced = useRef<{ controlled?: Answers; stored?: Answers }>({});
  const isControlled = options.answers !== undefined;
  useIsomorphicLayoutEffect(() => {
    if (!store || !isControlled) return;
    const follow = () => {
      const controlled = latest.current.answers;
      const stored = store.getState().session.answers;
      if (controlled === undefined || stored === controlled || stored === synced.current.stored) return;
      synced.current = { controlled, stored };
      store.replaceAnswers(controlled);
      synced.current = { controlled, stored: store.getState().session.answers };
    };
    follow();
    return store.subscribe(follow);
  }, [store, isControlled]);
  useIsomorphicLayoutEffect(() => {
    const controlled = options.answers;
    if (!store || controlled === undefined || controlled === synced.current.controlled) return;
    if (controlled !== store.getState().session.answers) store.replaceAnswers(controlled);
    synced.current = { controlled, stored: store.getState().session.answers };
  }, [store, options.answers]);

  const scoreOptions = useRef(options.scoreOptions);
  useIsomorphicLayoutEffect(() => {
    if (!store || sameJson(scoreOptions.current, options.scoreOptions)) return;
    scoreOptions.current = options.scoreOptions;
    store.setScoreOptions(options.scoreOptions);
  }, [store, options.scoreOptions]);

  return useMemo(() => {
    if (!questionnaire || !current) return { isValid: false, issues: validation.ok ? leadIssues : validation.issues, locale, currency, messages, reference, benchmark };
    const { store: running, lead, actions } = current;
    return { isValid: true, locale, currency, messages, reference, benchmark, questionnaire: current.questionnaire, store: running, lead, leadCapture, actions };
  }, [questionnaire, current, validation, leadIssues, locale, currency, messages, reference, benchmark, leadCapture]);
}
