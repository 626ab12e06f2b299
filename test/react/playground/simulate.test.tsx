import { describe, expect, it } from 'vitest';
import { localise, scoreAnswers, validateAnswers, type Questionnaire } from '../../../src/core';
import { socialMediaAssessment } from '../../../src/content/social-media';
import { randomAnswers } from '../../../src/playground/simulate/randomAnswers';
import { reviewRules } from '../../../src/playground/simulate/reviewRules';
import b2bWeak from '../../../examples/answers/b2b-weak.json';
import enterpriseSaas from '../../../examples/answers/enterprise-saas.json';
import { miniQuestionnaire } from '../../fixtures/miniQuestionnaire';

const SEEDS = Array.from({ length: 200 }, (_, index) => index * 7919 + 1);

describe('randomAnswers', () => {
  it('gives the same answers for the same seed, and other answers for another seed', () => {
    expect(randomAnswers(socialMediaAssessment, 42)).toEqual(randomAnswers(socialMediaAssessment, 42));
    expect(randomAnswers(socialMediaAssessment, 42)).not.toEqual(randomAnswers(socialMediaAssessment, 43));
  });

  it.each([
    ['the bundled assessment', socialMediaAssessment],
    ['a small definition with every question type', miniQuestionnaire()],
  ] as [string, Questionnaire][])('answers only visible questions of %s, every answer valid', (_, questionnaire) => {
    for (const seed of SEEDS) {
      const answers = randomAnswers(questionnaire, seed);
      expect(validateAnswers(questionnaire, answers).issues, `seed ${seed}`).toEqual([]);
      // Every answer counts: none is to a question its earlier answers hide.
      const profile = scoreAnswers(questionnaire, answers);
      expect(profile.issues).toEqual([]);
      expect(profile.completeness, `seed ${seed}`).toBe(1);
    }
  });

  it('follows conditions: a hidden question stays unanswered', () => {
    const mini = miniQuestionnaire();
    const results = SEEDS.map((seed) => randomAnswers(mini, seed));
    const consumers = results.filter((answers) => answers.market === 'b2c');
    expect(consumers.length).toBeGreaterThan(0);
    for (const answers of consumers) expect(answers).not.toHaveProperty('community');
    expect(results.some((answers) => answers.market !== 'b2c' && 'community' in answers)).toBe(true);
  });
});

describe('reviewRules', () => {
  it('splits every rule into fired (the profile’s recommendations) and not fired', () => {
    const profile = scoreAnswers(socialMediaAssessment, b2bWeak);
    const review = reviewRules(socialMediaAssessment, b2bWeak, profile);
    expect(review.fired).toBe(profile.recommendations);
    const ids = [...review.fired.map((item) => item.id), ...review.unfired.map((item) => item.rule.id)].sort();
    expect(ids).toEqual((socialMediaAssessment.rules ?? []).map((rule) => rule.id).sort());
  });

  it('gives the failed tests of a rule that did not fire, negated, and names the rule of its group given instead', () => {
    const profile = scoreAnswers(socialMediaAssessment, enterpriseSaas);
    const review = reviewRules(socialMediaAssessment, enterpriseSaas, profile);
    const plain = review.unfired.filter((entry) => entry.heldBackBy === undefined);
    expect(plain.length).toBeGreaterThan(0);
    for (const entry of plain) {
      expect(entry.reasons.length, entry.rule.id).toBeGreaterThan(0);
      expect(entry.reasons.some((reason) => reason.comparisons?.some((comparison) => comparison.negated)), entry.rule.id).toBe(true);
    }
    for (const entry of review.unfired.filter((item) => item.heldBackBy !== undefined)) {
      const winner = socialMediaAssessment.rules!.find((rule) => rule.id === entry.heldBackBy)!;
      expect(winner.group).toBe(entry.rule.group);
      expect(review.fired.map((item) => item.id)).toContain(winner.id);
    }
  });

  it('reports a rule held back by its group in a definition made to show it', () => {
    const mini = miniQuestionnaire();
    const rules: Questionnaire['rules'] = [
      { id: 'first', priority: 'high', group: 'g', when: { question: 'market', equals: 'b2b' }, title: 'First', body: 'B' },
      { id: 'second', priority: 'low', group: 'g', when: { question: 'market', equals: 'b2b' }, title: 'Second', body: 'B' },
      { id: 'never', priority: 'low', when: { question: 'market', equals: 'b2c' }, title: 'Never', body: 'B' },
    ];
    const questionnaire = { ...mini, rules };
    const answers = { market: 'b2b' };
    const review = reviewRules(questionnaire, answers, scoreAnswers(questionnaire, answers));
    expect(review.fired.map((item) => item.id)).toEqual(['first']);
    expect(review.unfired.map((entry) => [entry.rule.id, entry.heldBackBy])).toEqual([
      ['second', 'first'],
      ['never', undefined],
    ]);
    expect(localise(review.unfired[1]!.rule.title)).toBe('Never');
  });
});
