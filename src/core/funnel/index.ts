/**
 * Drop-off without a vendor backend: funnel events derived from the assessment store, and their
 * summary per step. Framework-free; the React layer and the embed call the tracker.
 */

/** Derives `step_viewed`, `step_completed` and `abandoned` events from an assessment store. */
export { createFunnelTracker } from './createFunnelTracker';
/** Summarises a log of funnel events per step, all at once or event by event. */
export { createFunnelSummariser, summariseFunnel } from './summariseFunnel';
/** Checks a parsed NDJSON line is a funnel event, with coded issues if not. */
export { parseFunnelEvent } from './parseFunnelEvent';
/** The `stepId` of the review step. */
export { REVIEW_STEP_ID } from './funnelStep';
/** A random session id made in the page. */
export { newSessionId } from './newSessionId';
export type {
  FunnelEvent,
  FunnelEventType,
  FunnelSource,
  FunnelStepSummary,
  FunnelSummariser,
  FunnelSummary,
  FunnelTracker,
  FunnelTrackerOptions,
} from './funnel.types';
