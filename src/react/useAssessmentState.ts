import { useMemo, useSyncExternalStore } from 'react';
import type { AssessmentStoreState } from '../core';
import type { LeadState } from './state/leadStore';
import type { AssessmentRuntime } from './state/useAssessmentRuntime';
import type { AssessmentState } from './useAssessment.types';

const noSubscription = () => () => {};
const nothing = () => null;

/**
 * The whole assessment as one object, re-rendering on every change of the store or the lead fields:
 * for the wizard and hosts' own UIs. Result views subscribe to the profile alone instead.
 */
export function useAssessmentState(runtime: AssessmentRuntime): AssessmentState {
  const valid = runtime.isValid ? runtime : null;
  const state = useSyncExternalStore<AssessmentStoreState | null>(
    valid ? valid.store.subscribe : noSubscription,
    valid ? valid.store.getState : nothing,
    valid ? valid.store.getState : nothing,
  );
  const lead = useSyncExternalStore<LeadState | null>(valid ? valid.lead.subscribe : noSubscription, valid ? valid.lead.getState : nothing, valid ? valid.lead.getState : nothing);
  return useMemo((): AssessmentState => {
    if (!runtime.isValid || !state || !lead) {
      const { locale, currency, messages } = runtime;
      return { isValid: false, issues: runtime.isValid ? [] : runtime.issues, locale, currency, messages };
    }
    const { locale, currency, messages, questionnaire, store, leadCapture, actions } = runtime;
    return {
      isValid: true,
      locale,
      currency,
      messages,
      questionnaire,
      store,
      session: state.session,
      answers: state.session.answers,
      steps: state.view.steps,
      currentStep: state.view.currentStep,
      progress: state.view.progress,
      // Read through: scored on first read, so a render that shows no result scores nothing.
      get profile() {
        return state.profile;
      },
      leadCapture,
      lead: lead.values,
      leadErrors: lead.errors,
      ...actions,
      resumable: state.resumable,
      scope: state.scope,
    };
  }, [runtime, state, lead]);
}
