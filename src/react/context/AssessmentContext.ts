import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Profile } from '../../core';
import { uiMessagesEn } from '../i18n/uiMessages.en';
import type { AssessmentRuntime } from '../state/useAssessmentRuntime';
import { useAssessmentState } from '../useAssessmentState';
import type { AssessmentState } from '../useAssessment.types';

/** The running assessment's runtime (its store and settings), shared by `AssessmentProvider`; it changes only with the settings, never with answers. */
export const AssessmentContext = createContext<AssessmentRuntime | null>(null);
AssessmentContext.displayName = 'AssessmentContext';

// Hooks run in the same order with or without a provider; outside one they read this and answer null.
const OUTSIDE: AssessmentRuntime = { isValid: false, issues: [], locale: 'en', currency: undefined, messages: uiMessagesEn, reference: undefined };

/** The provider's runtime, or `null` outside one: for components that subscribe to one slice. */
export function useAssessmentRuntimeContext(): AssessmentRuntime | null {
  return useContext(AssessmentContext);
}

/** The provider's whole assessment (re-rendering on every change), or `null` outside one. */
export function useOptionalAssessment(): AssessmentState | null {
  const runtime = useContext(AssessmentContext);
  const state = useAssessmentState(runtime ?? OUTSIDE);
  return runtime ? state : null;
}

/**
 * The provider's assessment; outside one, an error naming both components (as Radix's contexts do),
 * so a misplaced component says what it needs.
 */
export function useAssessmentContext(consumerName: string): AssessmentState {
  const state = useOptionalAssessment();
  if (!state) throw new Error(`\`${consumerName}\` must be used within \`AssessmentProvider\``);
  return state;
}

const noSubscription = () => () => {};
const nothing = () => null;

/**
 * The provider's live profile alone, or `null` when there is none or `isWanted` is false: result
 * views re-render when the profile changes, and a view given its own profile scores nothing.
 */
export function useLiveProfile(runtime: AssessmentRuntime | null, isWanted = true): Profile | null {
  const store = runtime?.isValid && isWanted ? runtime.store : null;
  return useSyncExternalStore(
    store ? store.subscribe : noSubscription,
    store ? () => store.getState().profile : nothing,
    store ? () => store.getState().profile : nothing,
  );
}
