import type { AssessmentStore } from '../store/store.types';

/** What happened on a step: shown, left forward with valid answers, or left behind when the page was hidden. */
export type FunnelEventType = 'step_viewed' | 'step_completed' | 'abandoned';

/**
 * One funnel event: plain JSON, one NDJSON line each, with no answers in it. `readiness-kit funnel`
 * and `summariseFunnel` read a log of them.
 */
export interface FunnelEvent {
  /** `step_viewed`: the respondent arrived on the step; `step_completed`: moved on from it with valid answers; `abandoned`: the page was hidden while on it. */
  type: FunnelEventType;
  /** The session: the host's id, or one made in the page; never sent anywhere unless the host sends it. */
  session: string;
  /** The questionnaire as `id@version`, so logs of several versions are summarised apart. */
  questionnaire: string;
  /** The section's id, or `#review` for the review step (no section id can start with `#`). */
  stepId: string;
  /** The step's place in the definition (section order; review comes after the last section), the same in every session whatever conditions hide. */
  stepIndex: number;
  /** Questions shown on the step at that moment (conditional ones included only while visible); on review, every visible question it lists. */
  visibleQuestions: number;
  /** On `step_completed`: true when this step's completion finished the assessment. */
  isFinal?: boolean;
  /** When it happened, in ms since the epoch (optional in logs). */
  at?: number;
}

/** Options of `createFunnelTracker`. */
export interface FunnelTrackerOptions {
  /** Called with every event, in order. */
  onEvent: (event: FunnelEvent) => void;
  /** The session id (default: a random one made in the page, `crypto.randomUUID()` where there is one). */
  session?: string;
  /** The clock for `at` (default `Date.now`). */
  now?: () => number;
}

/** Derives funnel events from one assessment store. */
export interface FunnelTracker {
  /** The session id the events carry. */
  readonly session: string;
  /**
   * Starts listening to the store and reports the step on screen if it was not reported yet; returns
   * the function that stops. Starting again after a stop reports nothing twice (React's StrictMode).
   */
  start(): () => void;
  /** The page is being hidden or closed: reports `abandoned` on the current step, once until the respondent moves again; never after completion. */
  abandon(): void;
}

/** The store a tracker reads: only its state and subscription. */
export type FunnelSource = Pick<AssessmentStore, 'getState' | 'subscribe'>;

/** One step of a funnel summary: sessions, each counted once however often it came back. */
export interface FunnelStepSummary {
  /** The section id, or `#review`. */
  stepId: string;
  /** The step's place in the definition. */
  stepIndex: number;
  /** Sessions that were shown the step. */
  viewed: number;
  /** Sessions that moved on from it with valid answers. */
  completed: number;
  /** Sessions that stopped on it without finishing: the step they were last on. */
  dropOff: number;
  /** `dropOff / viewed`, from 0 to 1 (0 when no one saw it). */
  dropOffRate: number;
  /** Of those that stopped on it, the ones whose page sent `abandoned` there (the others' events just end). */
  abandoned: number;
}

/** The funnel of one questionnaire version. */
export interface FunnelSummary {
  /** `id@version`. */
  questionnaire: string;
  /** Sessions with any event. */
  sessions: number;
  /** Sessions that finished the assessment. */
  completed: number;
  /** `completed / sessions`, from 0 to 1. */
  completionRate: number;
  /** The steps seen in the log, in definition order. */
  steps: FunnelStepSummary[];
}

/** Builds funnel summaries from events added one at a time. */
export interface FunnelSummariser {
  /** Counts one event (in the order the log has them). */
  add(event: FunnelEvent): void;
  /** The summaries so far, one per questionnaire version, in the order first seen. */
  result(): FunnelSummary[];
}
