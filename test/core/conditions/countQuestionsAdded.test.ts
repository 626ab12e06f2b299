import { describe, expect, it } from 'vitest';
import { countQuestionsAdded, createAssessmentStore } from '../../../src/core';
import { socialMediaAssessment } from '../../../src/content/social-media';
import { miniQuestionnaire } from '../../fixtures/miniQuestionnaire';

describe('countQuestionsAdded: what picking an option would add, said before it is picked', () => {
  it('says the figures section adds its 15 number questions, and that "no" adds none', () => {
    const added = countQuestionsAdded(socialMediaAssessment, { market: 'b2b' }, 'share_numbers');
    expect(added).toEqual({ yes: 15 });
  });

  it("matches the jump in the store's progress total when the option is then picked", () => {
    const store = createAssessmentStore(socialMediaAssessment, { answers: { market: 'b2b' } });
    const before = store.getState().view.progress.total;
    const { yes } = countQuestionsAdded(socialMediaAssessment, store.getState().session.answers, 'share_numbers');
    store.answer('share_numbers', 'yes');
    expect(store.getState().view.progress.total - before).toBe(yes);
  });

  it('adds nothing once the option is already picked: those questions are in the count already', () => {
    expect(countQuestionsAdded(socialMediaAssessment, { share_numbers: 'yes' }, 'share_numbers')).toEqual({});
  });

  it('counts what each market would bring into view on the mini questionnaire', () => {
    const mini = miniQuestionnaire();
    expect(countQuestionsAdded(mini, {}, 'market')).toEqual({ b2b: 1, both: 1 });
    expect(countQuestionsAdded(mini, { market: 'b2b' }, 'market')).toEqual({});
  });

  it('gives {} for a question no condition reads, an unknown id, and a number question', () => {
    expect(countQuestionsAdded(miniQuestionnaire(), {}, 'channel')).toEqual({});
    expect(countQuestionsAdded(miniQuestionnaire(), {}, 'no_such_question')).toEqual({});
    expect(countQuestionsAdded(socialMediaAssessment, {}, 'impressions')).toEqual({});
  });

  it('ignores invalid answers and never runs a getter in them', () => {
    let reads = 0;
    const answers = Object.defineProperty({ market: 42 }, 'share_numbers', { enumerable: true, get: () => (reads += 1, 'yes') });
    expect(countQuestionsAdded(socialMediaAssessment, answers, 'share_numbers')).toEqual({ yes: 15 });
    expect(reads).toBe(0);
  });
});
