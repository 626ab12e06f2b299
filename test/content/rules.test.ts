import { describe, expect, it } from 'vitest';
import { scoreAnswers } from '../../src/core';
import type { Condition, Question } from '../../src/core/questionnaire/questionnaire.types';
import { socialMediaAssessment, socialMediaTextsEn } from '../../src/content/social-media';

const rules = socialMediaAssessment.rules ?? [];
const en = socialMediaTextsEn;
const questions = socialMediaAssessment.sections.flatMap((section) => section.questions);
const readsMarket = (condition: Condition, market: string): boolean => {
  if ('all' in condition) return condition.all.some((part) => readsMarket(part, market));
  if ('any' in condition) return condition.any.some((part) => readsMarket(part, market));
  if ('not' in condition) return false;
  return 'question' in condition && condition.question === 'market' && condition.equals === market;
};
const firedIds = (answers: Record<string, unknown>) =>
  scoreAnswers(socialMediaAssessment, answers as never).recommendations.map((recommendation) => recommendation.id);

describe('recommendation rules', () => {
  it('say what they improve, except the advice read from figures alone', () => {
    expect(rules.filter((rule) => !rule.improves?.length).map((rule) => rule.id)).toEqual([
      'revise_creative_and_offer',
      'raise_thought_leadership',
    ]);
  });

  it('give consumer sellers advice from the B2C side only, gated to them', () => {
    const consumer = rules.filter((rule) => readsMarket(rule.when, 'b2c')).map((rule) => rule.id);
    expect(consumer).toEqual(
      expect.arrayContaining(['use_visual_platforms', 'lead_with_emotion', 'make_buying_quick', 'track_reach_and_sales']),
    );
    const lowShareOfVoice = { share_numbers: 'yes', own_mentions: 1, competitor_mentions: 99 };
    expect(firedIds({ ...lowShareOfVoice, market: 'b2c' })).not.toContain('raise_thought_leadership');
    expect(firedIds({ ...lowShareOfVoice, market: 'b2b' })).toContain('raise_thought_leadership');
  });

  it('ground referrals and stronger ties in giving first, not in asking or handing off to sales', () => {
    for (const id of ['give_first_to_earn_referrals', 'strengthen_ties_by_giving']) {
      const body = en[`rule.${id}.body`]!;
      expect(body, id).toMatch(/giv/i);
      expect(body, id).not.toMatch(/\bask for\b|hand (them )?(over )?to sales|hand-?off/i);
    }
    const topOption = (id: string) => {
      const question = questions.find((candidate) => candidate.id === id) as Extract<Question, { type: 'single' }>;
      const total = (points?: Record<string, number>) => Object.values(points ?? {}).reduce((sum, p) => sum + p, 0);
      return [...question.options].sort((a, b) => total(b.points) - total(a.points))[0]!.id;
    };
    expect(topOption('referrals')).toBe('refer_others_first');
    expect(topOption('connection_follow_up')).toBe('give_first');
  });

  it('offer a next step for every dimension, only once it is in good shape', () => {
    for (const dimension of socialMediaAssessment.dimensions) {
      const rule = rules.find((candidate) => candidate.id === `next_step_${dimension.id}`);
      expect(rule?.improves, dimension.id).toEqual([dimension.id]);
      expect(rule?.when, dimension.id).toEqual({ dimension: dimension.id, gte: 60, lt: 80 });
      expect(rule?.group, dimension.id).toBeDefined();
    }
  });

  it('share a group only between rules for the same dimension', () => {
    const dimensionsByGroup = new Map<string, Set<string>>();
    for (const rule of rules) {
      if (!rule.group) continue;
      const set = dimensionsByGroup.get(rule.group) ?? new Set<string>();
      for (const id of rule.improves ?? []) set.add(id);
      dimensionsByGroup.set(rule.group, set);
    }
    for (const [group, dimensions] of dimensionsByGroup) expect([...dimensions], group).toHaveLength(1);
  });

  it('keep the mismatch warning apart from the advice it introduces', () => {
    const mismatch = `${en['rule.align_practice_with_business_buyers.title']} ${en['rule.align_practice_with_business_buyers.body']}`;
    expect(mismatch).not.toMatch(/LinkedIn|\bX\b|educational|white paper/i);
    const consumer = `${en['rule.align_practice_with_consumers.title']} ${en['rule.align_practice_with_consumers.body']}`;
    expect(consumer).not.toMatch(/Instagram|TikTok|visual|promo code/i);
  });
});
