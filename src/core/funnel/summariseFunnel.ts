import type { FunnelEvent, FunnelStepSummary, FunnelSummariser, FunnelSummary } from './funnel.types';

/** What one unfinished session has done so far; dropped to `FINISHED` once it completes. */
interface SessionTrail {
  viewed: Set<string>;
  completed: Set<string>;
  /** The step it was last on, and whether the page said it was abandoned there. */
  last: string | null;
  lastAbandoned: boolean;
}

const FINISHED = 'finished';

/** The counts of one questionnaire version while events come in. */
interface QuestionnaireTally {
  sessions: Map<string, SessionTrail | typeof FINISHED>;
  completed: number;
  steps: Map<string, { stepIndex: number; viewed: number; completed: number }>;
}

/**
 * A funnel summariser to feed a log event by event (a file of any length): it keeps a trail per
 * session only until that session finishes, then a marker. A session counts once per step however
 * often it came back; it drops off on the step it was last on, so a step hidden by a later answer,
 * or one left by going back, is not where it dropped off.
 * @example
 * const summariser = createFunnelSummariser();
 * for await (const line of lines) summariser.add(JSON.parse(line));
 * summariser.result(); // [{ questionnaire: 'mini@1.0.0', sessions: 2000, steps: [...] }]
 */
export function createFunnelSummariser(): FunnelSummariser {
  const tallies = new Map<string, QuestionnaireTally>();

  const tallyOf = (questionnaire: string): QuestionnaireTally => {
    let tally = tallies.get(questionnaire);
    if (!tally) tallies.set(questionnaire, (tally = { sessions: new Map(), completed: 0, steps: new Map() }));
    return tally;
  };

  const stepOf = (tally: QuestionnaireTally, event: FunnelEvent) => {
    let step = tally.steps.get(event.stepId);
    if (!step) tally.steps.set(event.stepId, (step = { stepIndex: event.stepIndex, viewed: 0, completed: 0 }));
    return step;
  };

  return {
    add(event) {
      const tally = tallyOf(event.questionnaire);
      let trail = tally.sessions.get(event.session);
      if (trail === FINISHED) return;
      if (!trail) tally.sessions.set(event.session, (trail = { viewed: new Set(), completed: new Set(), last: null, lastAbandoned: false }));
      const step = stepOf(tally, event);
      // Completing or abandoning a step means it was on screen, even if its `step_viewed` was lost.
      if (!trail.viewed.has(event.stepId)) {
        trail.viewed.add(event.stepId);
        step.viewed += 1;
      }
      if (event.type === 'step_completed') {
        if (!trail.completed.has(event.stepId)) {
          trail.completed.add(event.stepId);
          step.completed += 1;
        }
        if (event.isFinal === true) {
          tally.completed += 1;
          tally.sessions.set(event.session, FINISHED);
        }
        return;
      }
      trail.last = event.stepId;
      trail.lastAbandoned = event.type === 'abandoned';
    },
    result() {
      return [...tallies].map(([questionnaire, tally]): FunnelSummary => {
        const stopped = new Map<string, { dropOff: number; abandoned: number }>();
        for (const trail of tally.sessions.values()) {
          if (trail === FINISHED || trail.last === null) continue;
          const at = stopped.get(trail.last) ?? { dropOff: 0, abandoned: 0 };
          at.dropOff += 1;
          if (trail.lastAbandoned) at.abandoned += 1;
          stopped.set(trail.last, at);
        }
        const steps = [...tally.steps].map(([stepId, step]): FunnelStepSummary => {
          const { dropOff = 0, abandoned = 0 } = stopped.get(stepId) ?? {};
          return { stepId, stepIndex: step.stepIndex, viewed: step.viewed, completed: step.completed, dropOff, dropOffRate: step.viewed === 0 ? 0 : dropOff / step.viewed, abandoned };
        });
        steps.sort((a, b) => a.stepIndex - b.stepIndex || (a.stepId < b.stepId ? -1 : a.stepId > b.stepId ? 1 : 0));
        const sessions = tally.sessions.size;
        return { questionnaire, sessions, completed: tally.completed, completionRate: sessions === 0 ? 0 : tally.completed / sessions, steps };
      });
    },
  };
}

/**
 * The funnel of a log of events, per questionnaire version: per step, the sessions that saw it,
 * completed it and dropped off on it; and the completion rate.
 * @example summariseFunnel(events)[0].steps // [{ stepId: 'profile', viewed: 2000, completed: 1900, dropOff: 100, ... }]
 */
export function summariseFunnel(events: Iterable<FunnelEvent>): FunnelSummary[] {
  const summariser = createFunnelSummariser();
  for (const event of events) summariser.add(event);
  return summariser.result();
}
