import { describe, expect, it } from 'vitest';
import { createFunnelSummariser, REVIEW_STEP_ID, summariseFunnel, type FunnelEvent } from '../../../src/core';
import { funnelQuestionnaire } from './funnelQuestionnaire';
import { interleave, seededRandom, simulateSessions, type SimulatedSession } from './simulateSessions';

const STEPS = ['profile', 'deals', 'practice', 'numbers', REVIEW_STEP_ID];

/** The counts per step as the simulation recorded them, without looking at a single event. */
function expectedSteps(sessions: readonly SimulatedSession[]) {
  return STEPS.map((stepId, stepIndex) => {
    const viewed = sessions.filter((session) => session.seen.has(stepId)).length;
    const dropOff = sessions.filter((session) => session.stoppedAt === stepId).length;
    return {
      stepId,
      stepIndex,
      viewed,
      completed: sessions.filter((session) => session.completed.has(stepId)).length,
      dropOff,
      dropOffRate: viewed === 0 ? 0 : dropOff / viewed,
      abandoned: sessions.filter((session) => session.stoppedAt === stepId && session.abandonedAtStop).length,
    };
  });
}

describe('summariseFunnel', () => {
  const questionnaire = funnelQuestionnaire();
  const { sessions, eventsBySession } = simulateSessions(questionnaire, 2_000, 14);
  const log = interleave(seededRandom(41), eventsBySession);

  it('counts each step exactly as 2,000 simulated respondents went, through branching, going back and hiding the page', () => {
    const [summary, ...others] = summariseFunnel(log);
    expect(others).toEqual([]);
    const finished = sessions.filter((session) => session.isFinished).length;
    expect(summary).toEqual({ questionnaire: 'funnel@1.0.0', sessions: 2_000, completed: finished, completionRate: finished / 2_000, steps: expectedSteps(sessions) });
  });

  it('is fed a log where the branches really differ, so the counts above test something', () => {
    const [summary] = summariseFunnel(log);
    const byId = new Map(summary!.steps.map((step) => [step.stepId, step]));
    // The B2B-only step: seen by some, never by the others, who do not drop off there.
    expect(byId.get('deals')!.viewed).toBeGreaterThan(200);
    expect(byId.get('deals')!.viewed).toBeLessThan(byId.get('practice')!.viewed);
    const stopped = summary!.steps.reduce((sum, step) => sum + step.dropOff, 0);
    expect(stopped).toBe(summary!.sessions - summary!.completed);
    expect(summary!.completed).toBeGreaterThan(100);
    // Some respondents hid the page and came back: their early `abandoned` events are not where they stopped.
    const abandonedEvents = log.filter((event) => event.type === 'abandoned').length;
    const abandonedAtStop = summary!.steps.reduce((sum, step) => sum + step.abandoned, 0);
    expect(abandonedEvents).toBeGreaterThan(abandonedAtStop);
    // And some went back: views outnumber the sessions that viewed.
    expect(log.filter((event) => event.type === 'step_viewed' && event.stepId === 'profile').length).toBeGreaterThan(byId.get('profile')!.viewed);
  });

  it('gives the same result whichever way the sessions interleave, event by event', () => {
    const summariser = createFunnelSummariser();
    for (const event of interleave(seededRandom(7), eventsBySession)) summariser.add(event);
    expect(summariser.result()).toEqual(summariseFunnel(log));
  });

  it('summarises each questionnaire version apart, and counts a session once however often it repeats an event', () => {
    const event = (questionnaire: string, session: string, type: FunnelEvent['type'], stepId: string, stepIndex: number, isFinal?: boolean): FunnelEvent => ({
      type,
      session,
      questionnaire,
      stepId,
      stepIndex,
      visibleQuestions: 2,
      ...(isFinal === undefined ? {} : { isFinal }),
    });
    const summaries = summariseFunnel([
      event('a@2', 'x', 'step_viewed', 'second', 1),
      event('a@1', 'x', 'step_viewed', 'first', 0),
      event('a@1', 'x', 'step_viewed', 'first', 0),
      event('a@1', 'x', 'step_completed', 'first', 0, false),
      event('a@1', 'x', 'step_completed', 'first', 0, false),
      event('a@1', 'x', 'step_viewed', 'last', 1),
      event('a@1', 'x', 'step_completed', 'last', 1, true),
      // After finishing, nothing counts: the session's trail is gone.
      event('a@1', 'x', 'abandoned', 'last', 1),
    ]);
    expect(summaries.map((summary) => [summary.questionnaire, summary.sessions, summary.completed])).toEqual([
      ['a@2', 1, 0],
      ['a@1', 1, 1],
    ]);
    expect(summaries[1]!.steps.map((step) => [step.stepId, step.viewed, step.completed, step.dropOff, step.abandoned])).toEqual([
      ['first', 1, 1, 0, 0],
      ['last', 1, 1, 0, 0],
    ]);
    expect(summaries[0]!.steps).toEqual([{ stepId: 'second', stepIndex: 1, viewed: 1, completed: 0, dropOff: 1, dropOffRate: 1, abandoned: 0 }]);
  });

  it('has nothing to summarise in an empty log', () => {
    expect(summariseFunnel([])).toEqual([]);
  });
});
