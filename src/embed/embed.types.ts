import type { Answers, AnswerValue, FunnelEvent, Issue, Profile, SessionProgress, SessionStep } from '../core';
import type { LeadValues } from '../react';

/** How the element shows the assessment: in the page, or behind a button in a modal dialog. */
export type EmbedMode = 'inline' | 'dialog';

/** The element's colour theme; `auto` follows the respondent's system setting. */
export type EmbedTheme = 'light' | 'dark' | 'auto';

/** `detail` of `readiness:answer`: the question answered (or cleared) and all answers. */
export interface ReadinessAnswerDetail {
  questionId: string;
  value: AnswerValue | undefined;
  answers: Answers;
}

/** `detail` of `readiness:step`: the step shown (`null` on the result) and the progress. */
export interface ReadinessStepDetail {
  step: SessionStep | null;
  progress: SessionProgress;
}

/** `detail` of `readiness:complete`: the profile, the answers and any lead-capture values. */
export interface ReadinessCompleteDetail {
  profile: Profile;
  answers: Answers;
  lead: LeadValues;
}

/** `detail` of `readiness:error`: what went wrong (a bad definition, unusable saved answers, a benchmark that cannot be used). */
export interface ReadinessErrorDetail {
  issues: readonly Issue[];
}

/** The DOM events `<readiness-assessment>` dispatches; they bubble and cross the shadow boundary. */
export interface ReadinessEventMap {
  'readiness:answer': CustomEvent<ReadinessAnswerDetail>;
  'readiness:step': CustomEvent<ReadinessStepDetail>;
  'readiness:complete': CustomEvent<ReadinessCompleteDetail>;
  'readiness:error': CustomEvent<ReadinessErrorDetail>;
  /** The respondent arrived on a step (funnel event; see docs/funnel.md). */
  'readiness:step_viewed': CustomEvent<FunnelEvent>;
  /** The respondent moved on from a step with valid answers. */
  'readiness:step_completed': CustomEvent<FunnelEvent>;
  /** The page was hidden before the respondent finished. */
  'readiness:abandoned': CustomEvent<FunnelEvent>;
}
