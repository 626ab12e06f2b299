import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prettifyIssues } from '../../src/core/errors';
import { parseQuestionnaire } from '../../src/core/questionnaire/parseQuestionnaire';
import type { Question } from '../../src/core/questionnaire/questionnaire.types';
import { buildAssessment, socialMediaAssessment, socialMediaStructure, socialMediaTextsEn } from '../../src/content/social-media';
import { getVisibleQuestions } from './visibleQuestions';

const questions = socialMediaAssessment.sections.flatMap((section) => section.questions);
const byId = new Map(questions.map((question) => [question.id, question]));
const NUMBERS_SECTION = 'numbers';

const pointsOf = (question: Question): Record<string, number>[] => {
  if (question.type === 'single' || question.type === 'multi') return question.options.map((option) => option.points ?? {});
  if (question.type === 'likert') return [question.points ?? {}];
  if (question.type === 'number') return (question.bands ?? []).map((band) => band.points);
  return [];
};
const scores = (question: Question, dimension: string) => pointsOf(question).some((points) => (points[dimension] ?? 0) > 0);

// The question as a seller to `market` scores it: each `pointsFor[market]` in place of `points`.
function marketVariant(question: Question, market: string): Partial<Question> {
  const pick = <T extends { points?: Record<string, number>; pointsFor?: Record<string, Record<string, number>> }>(item: T): T =>
    item.pointsFor?.[market] ? { ...item, points: item.pointsFor[market] } : item;
  if (question.type === 'single' || question.type === 'multi') return { options: question.options.map(pick) };
  if (question.type === 'likert') return pick(question);
  if (question.type === 'number') return { bands: question.bands?.map(pick) };
  return {};
}

const PERSONAS = readdirSync(new URL('../../examples/answers/', import.meta.url))
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.replace(/\.json$/, ''));
const readPersona = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../examples/answers/${name}.json`, import.meta.url), 'utf8'));

// The same reading of orientation as the scoring engine, kept here so the personas are checked on their own.
function orientationOf(answers: Record<string, unknown>): number | null {
  const positions: number[] = [];
  for (const [id, value] of Object.entries(answers)) {
    const question = byId.get(id);
    if (!question || (question.type !== 'single' && question.type !== 'multi')) continue;
    const chosen = (Array.isArray(value) ? value : [value])
      .map((optionId) => question.options.find((option) => option.id === optionId)?.axes?.orientation)
      .filter((position): position is number => position !== undefined);
    if (chosen.length > 0) positions.push(chosen.reduce((sum, p) => sum + p, 0) / chosen.length);
  }
  return positions.length === 0 ? null : (100 * positions.reduce((sum, p) => sum + p, 0)) / positions.length;
}

describe('socialMediaAssessment', () => {
  it('is a valid questionnaire', () => {
    const result = parseQuestionnaire(socialMediaAssessment);
    expect(result.ok, prettifyIssues(result.issues)).toBe(true);
  });

  it('has the agreed id, version and locales', () => {
    expect(socialMediaAssessment).toMatchObject({ id: 'b2b-social-media', version: '2.0.0', locales: ['en', 'zh-Hant', 'ha'] });
  });

  it('gives every dimension at least three scored questions', () => {
    for (const dimension of socialMediaAssessment.dimensions) {
      const scored = questions.filter((question) => scores(question, dimension.id)).map((question) => question.id);
      expect(scored.length, `${dimension.id}: ${scored.join(', ')}`).toBeGreaterThanOrEqual(3);
    }
  });

  it('claims a tier only from half the questions, and a dimension score only from two answers', () => {
    expect(socialMediaAssessment.confidence).toEqual({ minCompleteness: 0.5, minAnswersPerDimension: 2 });
  });

  it.each(['b2b', 'b2c', 'both'])('shows a %s seller enough scored questions to score every dimension', (market) => {
    const needed = socialMediaAssessment.confidence?.minAnswersPerDimension ?? 1;
    const shown = getVisibleQuestions(socialMediaAssessment, { market });
    const pointsFor = (question: Question) => pointsOf({ ...question, ...marketVariant(question, market) } as Question);
    for (const dimension of socialMediaAssessment.dimensions) {
      const scored = shown.filter((question) => pointsFor(question).some((points) => (points[dimension.id] ?? 0) > 0));
      expect(scored.length, `${market} ${dimension.id}`).toBeGreaterThanOrEqual(needed);
    }
  });

  it('asks a sensible number of questions', () => {
    const main = socialMediaAssessment.sections.filter((section) => section.id !== NUMBERS_SECTION);
    const mainCount = main.reduce((sum, section) => sum + section.questions.length, 0);
    expect(mainCount).toBeGreaterThanOrEqual(34);
    expect(mainCount).toBeLessThanOrEqual(46);
    expect(questions.length).toBeLessThanOrEqual(60);
  });

  it('gates every figure behind share_numbers and takes whole numbers from zero', () => {
    const figures = socialMediaAssessment.sections.find((section) => section.id === NUMBERS_SECTION)?.questions ?? [];
    for (const question of figures.filter((q) => q.id !== 'share_numbers')) {
      expect(question, question.id).toMatchObject({
        type: 'number',
        min: 0,
        integer: true,
        visibleIf: { question: 'share_numbers', equals: 'yes' },
      });
    }
  });

  it('finds every text key it uses in the English catalog, and no unused key', () => {
    const { texts } = buildAssessment(socialMediaStructure, { en: socialMediaTextsEn });
    expect(texts.missing.en).toEqual([]);
    expect(texts.unused.en).toEqual([]);
    for (const [key, value] of Object.entries(socialMediaTextsEn)) expect(value.trim(), key).not.toBe('');
  });

  it('cites a source and year for every benchmark, and ships no unverified claim', () => {
    for (const kpi of socialMediaAssessment.kpis ?? []) {
      if (!kpi.benchmark) continue;
      expect(kpi.benchmark.source, kpi.id).not.toBe('');
      expect(kpi.benchmark.year, kpi.id).toBeGreaterThanOrEqual(2000);
      expect(kpi.benchmark.note, kpi.id).toBeDefined();
    }
    expect(JSON.stringify(socialMediaAssessment)).not.toMatch(/561|8×|8x engagement/i);
  });

  it('gives every rule a source', () => {
    for (const rule of socialMediaAssessment.rules ?? []) expect(rule.source, rule.id).toBeDefined();
  });
});

describe('persona answer files', () => {
  it.each(PERSONAS)('%s names only questions and options of the assessment', (name) => {
    const answers = readPersona(name);
    expect(typeof answers === 'object' && answers !== null && !Array.isArray(answers)).toBe(true);
    for (const [id, value] of Object.entries(answers as Record<string, unknown>)) {
      const question = byId.get(id);
      expect(question, `unknown question ${id}`).toBeDefined();
      if (!question) continue;
      if (question.type === 'single' || question.type === 'multi') {
        const optionIds = question.options.map((option) => option.id);
        const chosen = question.type === 'multi' ? value : [value];
        expect(Array.isArray(chosen), `${id} takes ${question.type === 'multi' ? 'an array' : 'one option id'}`).toBe(true);
        for (const optionId of chosen as unknown[]) expect(optionIds, `${id}: ${String(optionId)}`).toContain(optionId);
      } else if (question.type === 'likert') {
        expect([1, 2, 3, 4, 5], id).toContain(value);
      } else if (question.type === 'number') {
        expect(typeof value === 'number' && value >= (question.min ?? -Infinity), id).toBe(true);
      }
    }
  });

  it('lean the way the seeds expect', () => {
    const lean = (name: string) => orientationOf(readPersona(name) as Record<string, unknown>);
    for (const name of ['enterprise-saas', 'b2b-mature', 'partial-8-percent']) expect(lean(name), name).toBeGreaterThanOrEqual(40);
    for (const name of ['consumer-fashion', 'consumer-brand-well-run', 'b2b-manufacturer-instagram'])
      expect(lean(name), name).toBeLessThanOrEqual(-40);
    expect(lean('empty')).toBeNull();
  });
});
