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
});
