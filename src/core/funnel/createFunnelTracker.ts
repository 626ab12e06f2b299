import type { SessionStep } from '../store/session.types';
import type { AssessmentStoreState } from '../store/store.types';
import type { FunnelEvent, FunnelEventType, FunnelSource, FunnelTracker, FunnelTrackerOptions } from './funnel.types';
import { funnelStepOf, stepIdOf } from './funnelStep';
import { newSessionId } from './newSessionId';
import { stepPasses } from './stepPasses';

/**
 * Derives funnel events from an assessment store, without React or the DOM: `step_viewed` each time
 * the respondent arrives on a step (not on answers or re-renders; again after going back),
 * `step_completed` when they move on from it with valid answers (next, a jump forward, or completing),
 * and `abandoned` when the host calls `abandon()` on page hide. Nothing after completion.
 * @example
 * const tracker = createFunnelTracker(store, { onEvent: (event) => log.push(event) });
 * const stop = tracker.start();
 * onPageHidden(() => tracker.abandon()); // the React layer and the embed wire this to page hide
 */
export function createFunnelTracker(store: FunnelSource, options: FunnelTrackerOptions): FunnelTracker {
  const session = options.session ?? newSessionId();
  const now = options.now ?? Date.now;
  // The step last reported as viewed: starting again (StrictMode) or a re-render reports it no second time.
  let shown: string | null | undefined;
  let isDone = false;
  // Set by `abandon()`, cleared when the respondent moves: hosts report a page hide through two browser events that often both fire.
  let hasAbandoned = false;

  const emit = (type: FunnelEventType, state: AssessmentStoreState, step: SessionStep, isFinal?: boolean) => {
    const { id, version } = state.questionnaire;
    const event: FunnelEvent = { type, session, questionnaire: `${id}@${version}`, ...funnelStepOf(state, step), at: now() };
    if (type === 'step_completed') event.isFinal = isFinal === true;
    if (type !== 'abandoned') hasAbandoned = false;
    options.onEvent(event);
  };

  const view = (state: AssessmentStoreState) => {
    const step = state.view.currentStep;
    shown = stepIdOf(step);
    if (step) emit('step_viewed', state, step);
  };

  const onChange = (state: AssessmentStoreState, previous: AssessmentStoreState) => {
    if (isDone) return;
    const left = previous.view.currentStep;
    // `currentStep` is null only once complete; read rather than `session`, which builds the answers object on every change.
    if (state.view.currentStep === null) {
      isDone = true;
      // The step the respondent completed from: the store validated every visible question.
      if (left) emit('step_completed', state, left, true);
      return;
    }
    const arrived = state.view.currentStep;
    if (stepIdOf(arrived) === shown) return;
    // Completed only when moving forward from a step that is still there and passes: a step hidden
    // by an answer, or left backwards, was not completed.
    const still = left && state.view.steps.find((step) => stepIdOf(step) === stepIdOf(left));
    if (left && still && stepIdOf(left) === shown) {
      const isForward = funnelStepOf(state, arrived).stepIndex > funnelStepOf(state, still).stepIndex;
      if (isForward && stepPasses(still, state.session.answers)) emit('step_completed', state, still, false);
    }
    view(state);
  };

  return {
    session,
    start() {
      const state = store.getState();
      if (state.view.currentStep === null) isDone = true;
      if (!isDone && stepIdOf(state.view.currentStep) !== shown) view(state);
      return store.subscribe(onChange);
    },
    abandon() {
      const state = store.getState();
      const step = state.view.currentStep;
      if (isDone || hasAbandoned || !step) return;
      hasAbandoned = true;
      emit('abandoned', state, step);
    },
  };
}
