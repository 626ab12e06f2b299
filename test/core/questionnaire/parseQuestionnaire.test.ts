import { describe, expect, it } from 'vitest';
import { isValidatedQuestionnaire, parseQuestionnaire, prettifyIssues } from '../../../src/core';
import { miniQuestionnaire } from '../../fixtures/miniQuestionnaire';

// Mutations reach into the definition the way a careless author would, so they are loosely typed.
type Mutation = (q: any) => void;

function issuesAfter(mutate: Mutation) {
  const definition = miniQuestionnaire();
  mutate(definition);
  const result = parseQuestionnaire(definition);
  expect(result.ok).toBe(false);
  return result.issues.map((issue) => ({ code: issue.code, path: issue.path }));
}

describe('parseQuestionnaire', () => {
  it('accepts a valid definition and marks it as validated', () => {
    const result = parseQuestionnaire(miniQuestionnaire());
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
    if (result.ok) expect(isValidatedQuestionnaire(result.value)).toBe(true);
    expect(isValidatedQuestionnaire(miniQuestionnaire())).toBe(false);
  });

  it('accepts JSON text and reports invalid JSON as an issue at the root', () => {
    expect(parseQuestionnaire(JSON.stringify(miniQuestionnaire())).ok).toBe(true);
    const result = parseQuestionnaire('{"id": ');
    expect(result.issues).toMatchObject([{ code: 'invalid_json', path: '' }]);
  });

  it.each([
    ['null', null],
    ['an array', []],
    ['a number', 42],
  ])('reports %s as invalid_type at the root, without throwing', (_name, input) => {
    const result = parseQuestionnaire(input);
    expect(result.ok).toBe(false);
    expect(result.issues[0]).toMatchObject({ code: 'invalid_type', path: '' });
  });

  const cases: [string, Mutation, { code: string; path: string }][] = [
    ['a wrong type deep inside', (q) => ((q.sections[0].questions[1].options[0].points as any).reach = 'three'), { code: 'invalid_type', path: 'sections[0].questions[1].options[0].points.reach' }],
    ['a missing field', (q) => delete q.sections[1].questions[0].label, { code: 'missing_field', path: 'sections[1].questions[0].label' }],
    ['an unknown field', (q) => (q.sections[0].questions[0].colour = 'red'), { code: 'unknown_field', path: 'sections[0].questions[0].colour' }],
    ['an unknown question type', (q) => (q.sections[0].questions[0].type = 'slider'), { code: 'invalid_value', path: 'sections[0].questions[0].type' }],
    ['a label keyed by something that is not a locale', (q) => (q.dimensions[0].label = { 'not a locale': 'Reach' }), { code: 'invalid_key', path: 'dimensions[0].label["not a locale"]' }],
    ['a malformed id', (q) => (q.dimensions[0].id = '1 bad id'), { code: 'invalid_format', path: 'dimensions[0].id' }],
    ['too few options', (q) => q.sections[0].questions[1].options.splice(1), { code: 'too_small', path: 'sections[0].questions[1].options' }],
    ['a negative point value', (q) => ((q.sections[0].questions[1].options[0].points as any).reach = -1), { code: 'too_small', path: 'sections[0].questions[1].options[0].points.reach' }],
    ['an axis position beyond ±1', (q) => ((q.sections[0].questions[1].options[0].axes as any).orientation = 2), { code: 'too_big', path: 'sections[0].questions[1].options[0].axes.orientation' }],
    ['a non-http link', (q) => (q.rules[0].links = [{ label: 'x', url: 'javascript:alert(1)' }]), { code: 'invalid_format', path: 'rules[0].links[0].url' }],
    ['a duplicate question id', (q) => (q.sections[1].questions[0].id = 'market'), { code: 'duplicate_id', path: 'sections[1].questions[0].id' }],
    ['a duplicate option id', (q) => (q.sections[0].questions[1].options[1].id = 'linkedin'), { code: 'duplicate_id', path: 'sections[0].questions[1].options[1].id' }],
    ['a question id that is a JavaScript object member', (q) => (q.sections[1].questions[1].id = 'constructor'), { code: 'reserved_id', path: 'sections[1].questions[1].id' }],
    ['a dimension id that is a JavaScript object member', (q) => (q.dimensions[1].id = 'toString'), { code: 'reserved_id', path: 'dimensions[1].id' }],
    ['a duplicate dimension id', (q) => (q.dimensions[1].id = 'reach'), { code: 'duplicate_id', path: 'dimensions[1].id' }],
    ['points for an unknown dimension', (q) => ((q.sections[0].questions[1].options[1].points as any).platforms = 1), { code: 'unknown_dimension', path: 'sections[0].questions[1].options[1].points.platforms' }],
    ['a rule on an unknown dimension', (q) => (q.rules[1].when = { dimension: 'ghost', lt: 3 }), { code: 'unknown_dimension', path: 'rules[1].when.dimension' }],
    ['a position on an unknown axis', (q) => ((q.sections[0].questions[1].options[0].axes as any).tone = 1), { code: 'unknown_axis', path: 'sections[0].questions[1].options[0].axes.tone' }],
    ['a condition on an unknown question', (q) => (q.sections[1].questions[3].visibleIf = { question: 'ghost', equals: 'x' }), { code: 'unknown_question', path: 'sections[1].questions[3].visibleIf.question' }],
    ['a condition on a later question', (q) => (q.sections[0].questions[1].visibleIf = { question: 'community', equals: 'peers' }), { code: 'condition_on_later_question', path: 'sections[0].questions[1].visibleIf.question' }],
    ['a condition on the question itself', (q) => (q.sections[0].questions[1].visibleIf = { question: 'channel', equals: 'tiktok' }), { code: 'condition_on_later_question', path: 'sections[0].questions[1].visibleIf.question' }],
    ['a nested condition on an unknown option', (q) => (q.sections[1].questions[3].visibleIf = { any: [{ question: 'market', equals: 'b2g' }] }), { code: 'unknown_option', path: 'sections[1].questions[3].visibleIf.any[0].equals' }],
    ['a visibility condition on a score', (q) => (q.sections[1].questions[3].visibleIf = { not: { dimension: 'reach', lt: 3 } }), { code: 'condition_not_allowed', path: 'sections[1].questions[3].visibleIf.not' }],
    ['a comparison on a choice question', (q) => (q.sections[1].questions[3].visibleIf = { question: 'market', gt: 3 }), { code: 'condition_type_mismatch', path: 'sections[1].questions[3].visibleIf.gt' }],
    ['a condition with no test', (q) => (q.sections[1].questions[3].visibleIf = { question: 'market' }), { code: 'empty_condition', path: 'sections[1].questions[3].visibleIf' }],
    ['a rule on an unknown KPI', (q) => (q.rules[2].when = { kpi: 'roas', band: 'below' }), { code: 'unknown_kpi', path: 'rules[2].when.kpi' }],
    ['tiers with a gap', (q) => (q.tiers[1].min = 45), { code: 'tiers_not_contiguous', path: 'tiers[1].min' }],
    ['tiers not starting at 0', (q) => (q.tiers[0].min = 10), { code: 'tiers_not_contiguous', path: 'tiers[0].min' }],
    ['tiers not reaching 100', (q) => (q.tiers[2].max = 90), { code: 'tiers_not_contiguous', path: 'tiers[2].max' }],
    ['tiers out of order', (q) => q.tiers.reverse(), { code: 'tiers_not_contiguous', path: 'tiers[0].min' }],
    ['a KPI on a non-number question', (q) => (q.kpis[0].numerator = 'channel'), { code: 'kpi_not_number_question', path: 'kpis[0].numerator' }],
    ['a KPI sum naming an unknown question', (q) => (q.kpis[2].numerator = { sum: ['impressions', 'ghost'] }), { code: 'unknown_question', path: 'kpis[2].numerator.sum[1]' }],
    ['a benchmark with min above max', (q) => (q.kpis[0].benchmark.min = 9), { code: 'max_below_min', path: 'kpis[0].benchmark.max' }],
    ['a number question with min above max', (q) => (q.sections[2].questions[0].min = 10, q.sections[2].questions[0].max = 1), { code: 'max_below_min', path: 'sections[2].questions[0].max' }],
    ['a multi max above its option count', (q) => (q.sections[1].questions[0].max = 9), { code: 'max_above_option_count', path: 'sections[1].questions[0].max' }],
    ['number bands that do not rise', (q) => (q.sections[1].questions[2].bands[2].atLeast = 10), { code: 'bands_not_rising', path: 'sections[1].questions[2].bands[2].atLeast' }],
    ['a fit question that is not single choice', (q) => (q.fit.question = 'formats'), { code: 'fit_not_single_question', path: 'fit.question' }],
    ['a fit target missing for an option', (q) => delete q.fit.targets.both, { code: 'fit_missing_target', path: 'fit.targets' }],
    ['a dimension nothing scores', (q) => q.dimensions.push({ id: 'orphan', label: 'Orphan' }), { code: 'unscored_dimension', path: 'dimensions[2]' }],
  ];

  it.each(cases)('reports %s with its code and path', (_name, mutate, expected) => {
    expect(issuesAfter(mutate)).toContainEqual(expected);
  });

  it('reports every problem at once, not just the first', () => {
    const issues = issuesAfter((q) => {
      q.dimensions[1].id = 'reach';
      q.tiers[1].min = 45;
      q.kpis[0].numerator = 'channel';
    });
    expect(issues.map((issue) => issue.code)).toEqual(
      expect.arrayContaining(['duplicate_id', 'tiers_not_contiguous', 'kpi_not_number_question']),
    );
  });

  it('formats issues for people with path, message and code', () => {
    const definition = miniQuestionnaire();
    (definition.sections[0]!.questions[1] as any).options[1].points.platforms = 1;
    const result = parseQuestionnaire(definition);
    expect(prettifyIssues(result.issues)).toBe(
      '✖ sections[0].questions[1].options[1].points.platforms: names unknown dimension "platforms" [unknown_dimension]',
    );
  });

  it('returns a copy, so later changes to the input do not reach the validated questionnaire', () => {
    const definition = miniQuestionnaire();
    const result = parseQuestionnaire(definition);
    definition.dimensions[0]!.id = 'changed';
    expect(result.ok && result.value.dimensions[0]!.id).toBe('reach');
  });
});
