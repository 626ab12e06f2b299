import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/core/questionnaire/questionnaire.types';
import { socialMediaAssessment, socialMediaTextsEn } from '../../src/content/social-media';

const questions = socialMediaAssessment.sections.flatMap((section) => section.questions);
const byId = new Map(questions.map((question) => [question.id, question]));
const en = socialMediaTextsEn;
const total = (points: Record<string, number> | undefined) => Object.values(points ?? {}).reduce((sum, p) => sum + p, 0);

type Choice = Extract<Question, { type: 'single' }>;
const scoredSingles = questions.filter(
  (question): question is Choice => question.type === 'single' && question.options.some((option) => total(option.points) > 0),
);
const pointsIn = (question: Choice, market: string) =>
  question.options.map((option) => total(option.pointsFor?.[market] ?? option.points));

/** Every English text a question shows, in one string. */
const textsOf = (question: Question) =>
  Object.entries(en)
    .filter(([key]) => key.startsWith(`question.${question.id}.`))
    .map(([, text]) => text)
    .join(' ');

describe('question design', () => {
  it.each(['b2b', 'b2c', 'both'])('never lists a scored question from fewest to most points for a %s seller', (market) => {
    // Options in rising order with the last worth full marks teach respondents to pick the last one.
    const rising = scoredSingles.filter((question) => {
      const points = pointsIn(question, market);
      return points.every((value, index) => index === 0 || value >= points[index - 1]!);
    });
    expect(rising.map((question) => question.id)).toEqual([]);
  });

  it('gives full marks to more than one option where both are sound practice', () => {
    const shared = scoredSingles.filter((question) => {
      const points = pointsIn(question, 'b2b');
      return points.filter((value) => value === Math.max(...points)).length > 1;
    });
    expect(shared.map((question) => question.id)).toEqual(
      expect.arrayContaining(['group_participation', 'storytelling', 'proof_frequency', 'results_horizon']),
    );
  });

  it.each(['deal_size', 'company_size'])('labels the %s ranges so that no value falls in two', (id) => {
    const question = byId.get(id) as Choice;
    const number = (text: string) => Number(text.replace(/,/g, ''));
    const ranges = question.options.map((option) => {
      const label = en[`question.${id}.option.${option.id}`]!;
      const under = /^Under ([\d,]+)$/.exec(label);
      const between = /^([\d,]+)–([\d,]+)$/.exec(label);
      const over = /^([\d,]+) or more$/.exec(label);
      if (under) return [0, number(under[1]!) - 1];
      if (between) return [number(between[1]!), number(between[2]!)];
      if (over) return [number(over[1]!), Infinity];
      throw new Error(`${id}: unreadable range "${label}"`);
    });
    for (let index = 1; index < ranges.length; index += 1) expect(ranges[index]![0], id).toBe(ranges[index - 1]![1]! + 1);
  });

  it('keeps help texts to explanations: no figures, optimums or verdicts that give the answer away', () => {
    const helps = Object.entries(en).filter(([key]) => /^question\.[^.]+\.help$/.test(key));
    for (const [key, text] of helps) expect(text, key).not.toMatch(/\d+\s?%|\bbest\b|optimum|ideal|ultimate|twice|quick way/i);
    expect(en['question.brand_share.help']).toBeDefined();
  });

  it.each([
    ['CTR', 'clicked'],
    ['CPL', 'contact details'],
    ['MQL', 'judged ready for sales'],
    ['SQL', 'accepted by sales'],
    ['share of voice', 'mentions of you and your competitors'],
    ['CRM', 'the system where you track customers and deals'],
    ['engagement rate', 'reactions, comments'],
  ])('explains %s in plain words where it first appears', (term, explanation) => {
    const first = questions.find((question) => textsOf(question).toLowerCase().includes(term.toLowerCase()));
    expect(first, term).toBeDefined();
    expect(textsOf(first!), `${term} first appears in ${first!.id}`).toContain(explanation);
  });

  it('offers WhatsApp and LINE, and counts Facebook as used by both markets', () => {
    const platforms = byId.get('platforms_used') as Extract<Question, { type: 'multi' }>;
    const option = (id: string) => platforms.options.find((candidate) => candidate.id === id);
    expect(option('whatsapp')).toBeDefined();
    expect(option('line')).toBeDefined();
    expect(option('facebook')?.axes).toEqual({ orientation: 0 });
  });

  it('asks about who is reached and how they decide, and about tone and storytelling, separately', () => {
    for (const id of ['audience_type', 'decision_style', 'tone', 'storytelling']) expect(byId.has(id), id).toBe(true);
    for (const id of ['audience_decision', 'voice']) expect(byId.has(id), id).toBe(false);
  });

  it('lets the owner run social media, and a consumer seller track sales from social', () => {
    const option = (question: string, id: string) => (byId.get(question) as Choice).options.find((candidate) => candidate.id === id);
    expect(option('owner', 'owner_founder')?.points).toEqual({ organisation: 2 });
    const kpis = byId.get('kpis_tracked') as Extract<Question, { type: 'multi' }>;
    expect(kpis.options.find((candidate) => candidate.id === 'sales_from_social')?.pointsFor?.b2c).toEqual({ measurement: 1 });
    expect(kpis.options.find((candidate) => candidate.id === 'engagement_rate')?.points).toEqual({ measurement: 1 });
  });
});
