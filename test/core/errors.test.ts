import { describe, expect, it } from 'vitest';
import {
  createIssue,
  formatIssueMessage,
  formatPath,
  issueMessagesEn,
  issueMessagesHa,
  issueMessagesZhHant,
  localiseIssues,
  prettifyIssues,
  type IssueCode,
} from '../../src/core';

describe('formatPath', () => {
  it('writes indexes in brackets and names with dots, quoting names that are not identifiers', () => {
    expect(formatPath(['sections', 2, 'questions', 4, 'options', 1, 'points', 'platforms'])).toBe(
      'sections[2].questions[4].options[1].points.platforms',
    );
    expect(formatPath(['label', 'zh-Hant'])).toBe('label.zh-Hant');
    expect(formatPath(['answers', 'two words'])).toBe('answers["two words"]');
    expect(formatPath([])).toBe('');
  });
});

describe('issue messages', () => {
  // Every code the core can report, with the params its producers pass; a Record, so a new code
  // without a sample fails the type check.
  const samples: Record<IssueCode, Record<string, string | number | string[]>> = {
    invalid_json: { detail: 'Unexpected end of JSON input' },
    too_deep: { maximum: 64 },
    not_finite: { received: 'Infinity' },
    more_issues: { count: 99900 },
    duplicate_locale: { locale: 'en', firstPath: 'locales[0]' },
    answer_too_long: { length: 5000000, maxLength: 10000 },
    unreadable_answer: { reason: 'TypeError' },
    snapshot_too_large: { length: 5000000, maxLength: 2000000 },
    snapshot_kept_in_place: { key: 'acme' },
    invalid_definition: { zodCode: 'not_multiple_of' },
    storage_unavailable: { key: 'acme', reason: 'QuotaExceededError' },
    invalid_type: { expected: 'number', received: 'string' },
    missing_field: {},
    unknown_field: { key: 'colour' },
    invalid_value: { expected: ['single', 'multi'] },
    invalid_format: { format: 'pattern' },
    invalid_key: { key: 'not a locale' },
    too_small: { minimum: 2, origin: 'array' },
    too_big: { maximum: 1, origin: 'number' },
    duplicate_id: { id: 'a', firstPath: 'dimensions[0].id' },
    reserved_id: { id: 'constructor' },
    unknown_dimension: { id: 'x' },
    unknown_axis: { id: 'x' },
    unknown_question: { id: 'x' },
    unknown_option: { id: 'x', question: 'q' },
    unknown_kpi: { id: 'x' },
    condition_on_later_question: { id: 'x' },
    condition_not_allowed: { kind: 'dimension' },
    condition_type_mismatch: { test: 'gt', questionType: 'single' },
    empty_condition: {},
    max_above_option_count: { max: 9, optionCount: 3 },
    max_below_min: { min: 2, max: 1 },
    bands_not_rising: { atLeast: 10, previous: 25 },
    tiers_not_contiguous: { problem: 'gap_or_overlap', min: 45, previousMax: 40 },
    kpi_not_number_question: { id: 'x', questionType: 'single' },
    fit_not_single_question: { id: 'x' },
    fit_missing_target: { id: 'market', option: 'both' },
    points_for_without_fit: {},
    unscored_dimension: { id: 'x' },
    quick_check_duplicate: { id: 'x', firstPath: 'quickCheck.questions[0]' },
    quick_check_condition_outside: { id: 'x', dependsOn: 'market' },
    answer_wrong_type: { expected: 'a number', received: 'string', questionType: 'number' },
    too_many_options: { max: 2, count: 3 },
    duplicate_option: { id: 'a' },
    answer_out_of_range: { min: 1, max: 5 },
    not_an_integer: {},
    invalid_email: {},
    text_too_long: { maxLength: 20 },
    required: {},
    questionnaire_mismatch: { expected: 'b2b-social-media', received: 'other' },
    missing_segment_answer: { id: 'company_size' },
    by_mismatch: { expected: ['market', 'company_size'], received: ['market'] },
    benchmark_withheld: { withheld: 3 },
    wrong_histogram_length: { expected: 101, received: 100 },
    count_below_histogram: { count: 20, total: 21 },
    segment_key_not_prefix: { by: ['market', 'company_size'] },
    duplicate_segment: { firstPath: 'segments[1].key' },
    benchmark_cross_origin: { url: 'https://elsewhere.example/benchmark.json', origin: 'https://vendor.example' },
    benchmark_unavailable: { url: 'https://vendor.example/benchmark.json', reason: 'HTTP 404' },
  };

  const catalogs = { en: issueMessagesEn, 'zh-Hant': issueMessagesZhHant, ha: issueMessagesHa };

  it.each(Object.entries(samples))('renders %s as a complete sentence in English, Traditional Chinese and Hausa', (code, params) => {
    const messages = Object.values(catalogs).map((catalog) => formatIssueMessage(code as IssueCode, params, catalog));
    for (const message of messages) {
      expect(message.length).toBeGreaterThan(1);
      expect(message).not.toMatch(/undefined|\[object|NaN/);
    }
    // Translated, not English copied over.
    expect(new Set(messages).size).toBe(3);
    for (const value of Object.values(params).filter((param) => typeof param === 'number')) for (const message of messages) expect(message).toContain(String(value));
  });

  it('has a message for every code in every catalog, and no extra ones', () => {
    for (const catalog of Object.values(catalogs)) expect(Object.keys(catalog).sort()).toEqual(Object.keys(samples).sort());
  });

  it('re-renders issues in another language, keeping code, path and params', () => {
    const [issue] = localiseIssues([createIssue('answer_out_of_range', ['answers', 'team_size'], { min: 1, max: 500 })], issueMessagesZhHant);
    expect(issue).toMatchObject({ code: 'answer_out_of_range', path: 'answers.team_size', params: { min: 1, max: 500 }, message: '必須介於 1 與 500 之間' });
  });

  it('prettifies issues one per line with path, message and code, and names the root', () => {
    const issues = [createIssue('missing_field', []), createIssue('too_many_options', ['answers', 'platforms_used'], { max: 2, count: 3 })];
    expect(prettifyIssues(issues)).toBe(
      '✖ (root): is required [missing_field]\n✖ answers.platforms_used: choose at most 2 option(s), 3 chosen [too_many_options]',
    );
  });
});
