import { describe, expect, it } from 'vitest';
import { createAssessmentStore, createFunnelTracker, REVIEW_STEP_ID, type FunnelEvent } from '../../../src/core';
import { funnelQuestionnaire } from './funnelQuestionnaire';

/** A store over the branching questionnaire with a started tracker; `events` as `type:stepId:visibleQuestions`. */
function tracked(session = 'session-1') {
  const store = createAssessmentStore(funnelQuestionnaire());
  const log: FunnelEvent[] = [];
  let clock = 1_000;
  const tracker = createFunnelTracker(store, { session, onEvent: (event) => log.push(event), now: () => (clock += 1) });
  const stop = tracker.start();
  const events = () => log.map((event) => `${event.type}:${event.stepId}:${event.visibleQuestions}`);
  return { store, tracker, stop, log, events };
}

describe('createFunnelTracker', () => {
  it('reports the first step once, with the session, the questionnaire version, its place and its visible questions', () => {
    const { log } = tracked();
    expect(log).toEqual([{ type: 'step_viewed', session: 'session-1', questionnaire: 'funnel@1.0.0', stepId: 'profile', stepIndex: 0, visibleQuestions: 2, at: 1_001 }]);
  });

  it('reports nothing for answers on the same step, nor when stopped and started again (StrictMode)', () => {
    const { store, tracker, stop, events } = tracked();
    store.answer('market', 'b2b');
    store.answer('channel', 'linkedin');
    stop();
    const stopAgain = tracker.start();
    store.answer('channel', 'tiktok');
    stopAgain();
    expect(events()).toEqual(['step_viewed:profile:2']);
  });

  it('reports nothing when next fails validation, and a completion then a view when it passes', () => {
    const { store, events } = tracked();
    store.next();
    expect(store.getState().session.currentSectionId).toBe('profile');
    expect(events()).toEqual(['step_viewed:profile:2']);
    store.answer('market', 'b2b');
    store.next();
    expect(events()).toEqual(['step_viewed:profile:2', 'step_completed:profile:2', 'step_viewed:deals:2']);
  });

  it('skips a step its conditions hide, and counts a conditional question only while it is visible', () => {
    const b2c = tracked();
    b2c.store.answer('market', 'b2c');
    b2c.store.next();
    expect(b2c.log.at(-1)).toMatchObject({ type: 'step_viewed', stepId: 'practice', stepIndex: 2, visibleQuestions: 3 });
    expect(b2c.log.some((event) => event.stepId === 'deals')).toBe(false);

    const b2b = tracked();
    b2b.store.answer('market', 'b2b');
    b2b.store.next();
    b2b.store.answer('deal_size', 5_000);
    b2b.store.next();
    expect(b2b.events()).toEqual(['step_viewed:profile:2', 'step_completed:profile:2', 'step_viewed:deals:2', 'step_completed:deals:2', 'step_viewed:practice:4']);
  });

  it('reports a view again after going back, but no completion for a step left backwards', () => {
    const { store, events } = tracked();
    store.answer('market', 'b2c');
    store.next();
    store.back();
    expect(events()).toEqual(['step_viewed:profile:2', 'step_completed:profile:2', 'step_viewed:practice:3', 'step_viewed:profile:2']);
  });

  it('does not count a jump forward to a visited step as completing a step whose answers are invalid', () => {
    const { store, log } = tracked();
    store.answer('market', 'b2c');
    store.next();
    store.next();
    expect(store.getState().session.currentSectionId).toBe('numbers');
    store.back();
    // Three formats where at most two are allowed: the step no longer passes.
    store.answer('formats', ['papers', 'cases', 'memes']);
    store.goTo({ sectionId: 'numbers' });
    expect(store.getState().session.currentSectionId).toBe('numbers');
    expect(log.slice(-2).map((event) => `${event.type}:${event.stepId}`)).toEqual(['step_viewed:practice', 'step_viewed:numbers']);
  });

  it('completes the review step as the final one, then reports nothing more, not even abandoned', () => {
    const { store, tracker, log } = tracked();
    store.answer('market', 'b2c');
    store.next();
    store.next();
    store.next();
    expect(log.at(-1)).toMatchObject({ type: 'step_viewed', stepId: REVIEW_STEP_ID, stepIndex: 4, visibleQuestions: 2 + 3 + 6 });
    store.complete();
    expect(log.at(-1)).toMatchObject({ type: 'step_completed', stepId: REVIEW_STEP_ID, isFinal: true });
    const count = log.length;
    tracker.abandon();
    store.reset();
    store.next();
    expect(log).toHaveLength(count);
    expect(log.filter((event) => event.type === 'step_completed').map((event) => event.isFinal)).toEqual([false, false, false, true]);
  });

  it('reports abandoned once however often the page is hidden, and again only after the respondent moved', () => {
    const { store, tracker, events } = tracked();
    store.answer('market', 'b2c');
    tracker.abandon();
    tracker.abandon();
    expect(events()).toEqual(['step_viewed:profile:2', 'abandoned:profile:2']);
    store.answer('channel', 'linkedin');
    tracker.abandon();
    expect(events()).toHaveLength(2);
    store.next();
    tracker.abandon();
    expect(events().slice(2)).toEqual(['step_completed:profile:2', 'step_viewed:practice:3', 'abandoned:practice:3']);
  });

  it('reports the visible questions at the moment: a conditional question shown after the view counts at completion', () => {
    const { store, log } = tracked();
    store.answer('market', 'b2c');
    store.next();
    store.back();
    // Mixed sellers see the community question, so the practice step grows from 3 to 4.
    store.answer('market', 'both');
    store.next();
    store.next();
    expect(log.filter((event) => event.stepId === 'practice').map((event) => `${event.type}:${event.visibleQuestions}`)).toEqual([
      'step_viewed:3',
      'step_viewed:4',
      'step_completed:4',
    ]);
  });

  it('makes a random session id when the host gives none, different for each tracker', () => {
    const store = createAssessmentStore(funnelQuestionnaire());
    const first = createFunnelTracker(store, { onEvent: () => {} });
    const second = createFunnelTracker(store, { onEvent: () => {} });
    expect(first.session).toMatch(/^[0-9a-f-]{32,36}$/);
    expect(second.session).not.toBe(first.session);
  });

  it('reports nothing before it is started, so a store React throws away sends no event', () => {
    const store = createAssessmentStore(funnelQuestionnaire());
    const log: FunnelEvent[] = [];
    createFunnelTracker(store, { onEvent: (event) => log.push(event) });
    store.answer('market', 'b2c');
    store.next();
    expect(log).toEqual([]);
  });
});
