import { describe, expect, it, vi } from 'vitest';

// Any attempt by the core to load React or the DOM layer fails the import below.
vi.mock('react', () => {
  throw new Error('the core imported react');
});
vi.mock('react-dom', () => {
  throw new Error('the core imported react-dom');
});
vi.mock('@radix-ui/react-dialog', () => {
  throw new Error('the core imported @radix-ui/react-dialog');
});

describe('readiness-kit/core', () => {
  it('imports and scores with React mocked away and no DOM', async () => {
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
    const core = await import('../../../src/core');
    const { socialMediaAssessment } = await import('../../../src/content/social-media');
    const result = core.parseQuestionnaire(socialMediaAssessment);
    expect(result.issues).toEqual([]);
    const profile = core.scoreAnswers(socialMediaAssessment, { market: 'b2b' });
    expect(profile.questionnaireId).toBe(socialMediaAssessment.id);
    const store = core.createAssessmentStore(socialMediaAssessment);
    store.answer('market', 'b2b');
    store.next();
    expect(store.getState().view.progress.stepNumber).toBe(2);
    expect(store.getState().profile).toEqual(core.scoreAnswers(socialMediaAssessment, { market: 'b2b' }));
  });

  it('runs a store with React mocked away: subscribe, restore and resume saved answers, walk every step, complete, save', async () => {
    const core = await import('../../../src/core');
    const { socialMediaAssessment } = await import('../../../src/content/social-media');
    const storage = core.createMemoryStorage();
    core.saveSnapshot(storage, socialMediaAssessment.id, socialMediaAssessment, { market: 'b2c' });
    const onComplete = vi.fn();
    const store = core.createAssessmentStore(socialMediaAssessment, { storage, saveDelay: 0, onComplete });
    const seen: string[] = [];
    const unsubscribe = store.subscribe((state) => seen.push(state.session.status));
    store.restore();
    store.resume();
    expect(store.getState().session.answers).toEqual({ market: 'b2c' });
    store.answer('market', 'b2b');
    for (let guard = 0; store.getState().session.status === 'in_progress' && guard < 50; guard += 1) store.next();
    expect(store.getState().session.status).toBe('review');
    store.complete();
    unsubscribe();
    store.destroy();
    expect(store.getState().session.status).toBe('complete');
    expect(seen.at(-1)).toBe('complete');
    expect(onComplete).toHaveBeenCalledWith(core.scoreAnswers(socialMediaAssessment, store.getState().session.answers), store.getState().session.answers);
    expect(core.restoreSnapshot(storage, socialMediaAssessment.id, socialMediaAssessment).answers).toEqual(store.getState().session.answers);
  });
});
