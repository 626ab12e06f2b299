import { describe, expect, it } from 'vitest';
import { LIMITS, parseQuestionnaire, type Issue } from '../../../src/core';
import { miniQuestionnaire } from '../../fixtures/miniQuestionnaire';

/*
 * However many issues a definition has, parseQuestionnaire lists the first `LIMITS.maxIssues` and
 * then one `more_issues` counting the rest: never a throw, even where zod alone would run out of
 * stack gathering 300,000 issues.
 */

const withSections = (sections: unknown[]) => ({ ...miniQuestionnaire(), sections });

function expectCapped(issues: readonly Issue[], total: number, listed: (index: number) => { code: string; path: string }) {
  expect(issues).toHaveLength(LIMITS.maxIssues + 1);
  issues.slice(0, LIMITS.maxIssues).forEach((issue, index) => expect({ code: issue.code, path: issue.path }).toEqual(listed(index)));
  expect(issues[LIMITS.maxIssues]).toEqual(
    expect.objectContaining({ code: 'more_issues', path: '', params: { count: total - LIMITS.maxIssues }, message: `and ${total - LIMITS.maxIssues} more issues, not listed` }),
  );
}

describe('the number of issues a definition reports', () => {
  it('lists 100 of 100,000 empty sections, then how many more, in 101 issues', () => {
    const sections = Array.from({ length: 100_000 }, (_, index) => ({ id: `s${index}`, title: 'Empty', questions: [] }));
    const result = parseQuestionnaire(withSections(sections));
    expect(result.ok).toBe(false);
    expectCapped(result.issues, 100_000, (index) => ({ code: 'too_small', path: `sections[${index}].questions` }));
  }, 30_000);

  it('counts exactly 300,000 missing fields of 100,000 empty objects, past where zod alone runs out of stack', () => {
    const result = parseQuestionnaire(JSON.stringify(withSections(Array.from({ length: 100_000 }, () => ({})))));
    const fields = ['id', 'title', 'questions'];
    expectCapped(result.issues, 300_000, (index) => ({ code: 'missing_field', path: `sections[${Math.floor(index / 3)}].${fields[index % 3]}` }));
  }, 30_000);

  it('counts 200,000 bad options of one question, and 200,000 bad points of one option', () => {
    const options = miniQuestionnaire() as any;
    options.sections[0].questions[1].options = Array.from({ length: 200_000 }, (_, index) => ({ id: `o${index}`, label: 7 }));
    expectCapped(parseQuestionnaire(options).issues, 200_000, (index) => ({ code: 'invalid_type', path: `sections[0].questions[1].options[${index}].label` }));

    const points = miniQuestionnaire() as any;
    points.sections[0].questions[1].options[0].points = Object.fromEntries(Array.from({ length: 200_000 }, (_, index) => [`d${index}`, 'x']));
    expectCapped(parseQuestionnaire(points).issues, 200_000, (index) => ({ code: 'invalid_type', path: `sections[0].questions[1].options[0].points.d${index}` }));
  }, 60_000);

  it('reads 100,000 unknown conditions in one rule as the branch each came closest to', () => {
    const definition = miniQuestionnaire() as any;
    definition.rules = [{ id: 'r', priority: 'high', title: 't', body: 'b', when: { any: Array.from({ length: 100_000 }, () => ({ question: 'market', eqals: 'b2b' })) } }];
    expectCapped(parseQuestionnaire(definition).issues, 100_000, (index) => ({ code: 'unknown_field', path: `rules[0].when.any[${index}].eqals` }));
  }, 60_000);

  it('lists 100 of 100,000 duplicate section ids, found in one pass, and counts every one', () => {
    const question = miniQuestionnaire().sections[0]!.questions[0]!;
    const sameIds = (count: number) => withSections(Array.from({ length: count }, (_, index) => ({ id: 'same', title: 'S', questions: [{ ...question, id: `q${index}` }] })));
    // The same definition with two sections: one duplicate, and the issues that do not grow with the sections.
    const others = parseQuestionnaire(sameIds(2)).issues.filter((issue) => issue.code !== 'duplicate_id').length;
    const { issues } = parseQuestionnaire(sameIds(100_000));
    issues.slice(0, 100).forEach((issue, index) =>
      expect(issue).toMatchObject({ code: 'duplicate_id', path: `sections[${index + 1}].id`, params: { id: 'same', firstPath: 'sections[0].id' } }),
    );
    expect(issues).toHaveLength(101);
    expect(issues[100]).toMatchObject({ code: 'more_issues', params: { count: 99_999 + others - 100 } });
  }, 30_000);

  it('gives a definition with fewer issues than the limit all of them, and no more_issues', () => {
    const definition = miniQuestionnaire() as any;
    definition.sections[0].questions.forEach((question: any) => (question.colour = 'red'));
    const { issues } = parseQuestionnaire(definition);
    expect(issues.length).toBeLessThanOrEqual(LIMITS.maxIssues);
    expect(issues.every((issue) => issue.code === 'unknown_field')).toBe(true);
  });
});
