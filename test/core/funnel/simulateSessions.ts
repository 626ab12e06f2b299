import { createAssessmentStore, createFunnelTracker, REVIEW_STEP_ID, type AnswerValue, type FunnelEvent, type Question, type Questionnaire, type SessionStep } from '../../../src/core';
import { seededRandom } from '../../../src/playground/simulate/seededRandom';

export { seededRandom };


/** What the simulation itself saw of one session, apart from the tracker's events. */
export interface SimulatedSession {
  session: string;
  /** Steps the respondent was shown. */
  seen: Set<string>;
  /** Steps the respondent pressed next (or finish) on and the store moved on from. */
  completed: Set<string>;
  /** The step it was on when it stopped; null when it finished. */
  stoppedAt: string | null;
  /** Whether the page was hidden when it stopped (else it just went silent: a crash, a lost network). */
  abandonedAtStop: boolean;
  isFinished: boolean;
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** A random answer: mostly valid, sometimes blank, sometimes invalid, so steps fail validation now and then. */
function randomAnswer(random: () => number, question: Question): AnswerValue | undefined {
  const roll = random();
  if (roll < 0.08) return undefined;
  const isInvalid = roll < 0.12;
  switch (question.type) {
    case 'single':
      return pick(random, question.options).id;
    case 'multi':
      return isInvalid ? question.options.map((option) => option.id) : [pick(random, question.options).id];
    case 'likert':
      return 1 + Math.floor(random() * 5);
    case 'number':
      return isInvalid ? -1 : Math.floor(random() * 100);
    case 'email':
      return isInvalid ? 'not an email' : 'someone@example.com';
    case 'text':
      return 'Acme';
  }
}

const idOf = (step: SessionStep | null) => (step === null ? null : step.kind === 'review' ? REVIEW_STEP_ID : step.sectionId);

/**
 * Runs `count` respondents through the questionnaire with a tracker each: random answers, going back,
 * hiding the page and coming back, stopping anywhere (page hidden, or silently). Returns each
 * session's events, and the simulation's own record of it.
 */
export function simulateSessions(questionnaire: Questionnaire, count: number, seed: number) {
  const random = seededRandom(seed);
  const sessions: SimulatedSession[] = [];
  const eventsBySession: FunnelEvent[][] = [];
  for (let n = 0; n < count; n += 1) {
    const store = createAssessmentStore(questionnaire);
    const events: FunnelEvent[] = [];
    const tracker = createFunnelTracker(store, { session: `s${n}`, onEvent: (event) => events.push(event), now: () => n });
    tracker.start();
    const record: SimulatedSession = { session: `s${n}`, seen: new Set(), completed: new Set(), stoppedAt: null, abandonedAtStop: false, isFinished: false };
    for (let action = 0; ; action += 1) {
      const state = store.getState();
      if (state.session.status === 'complete') {
        record.isFinished = true;
        break;
      }
      const step = state.view.currentStep!;
      const here = idOf(step)!;
      record.seen.add(here);
      const roll = random();
      if (roll < 0.05 || action > 60) {
        tracker.abandon();
        Object.assign(record, { stoppedAt: here, abandonedAtStop: true });
        break;
      }
      if (roll < 0.07) {
        record.stoppedAt = here;
        break;
      }
      // The tab hidden a while, then the respondent comes back and goes on.
      if (roll < 0.1) tracker.abandon();
      if (roll > 0.9 && step.index > 0) {
        store.back();
        continue;
      }
      if (step.kind === 'review') {
        store.complete();
        if (store.getState().session.status === 'complete') record.completed.add(here);
        continue;
      }
      for (const question of step.questions) store.answer(question.id, randomAnswer(random, question));
      // The answers may have changed what this step shows; the step pressed on is the one on screen now.
      const pressedOn = idOf(store.getState().view.currentStep)!;
      store.next();
      if (idOf(store.getState().view.currentStep) !== pressedOn) record.completed.add(pressedOn);
    }
    sessions.push(record);
    eventsBySession.push(events);
  }
  return { sessions, eventsBySession };
}

/** The sessions' events interleaved at random, each session's own in order, as a shared log would have them. */
export function interleave(random: () => number, eventsBySession: readonly FunnelEvent[][]): FunnelEvent[] {
  const queues = eventsBySession.map((events) => [...events]).filter((events) => events.length > 0);
  const log: FunnelEvent[] = [];
  while (queues.length > 0) {
    const index = Math.floor(random() * queues.length);
    log.push(queues[index]!.shift()!);
    if (queues[index]!.length === 0) queues.splice(index, 1);
  }
  return log;
}
