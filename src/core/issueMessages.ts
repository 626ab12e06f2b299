import type { IssueCode, IssueParams } from './errors';

/** Renders one kind of issue's message from its params. */
export type IssueMessageFormatter = (params: IssueParams) => string;

/** Messages for every issue code in one language. */
export type IssueMessageCatalog = Readonly<Record<IssueCode, IssueMessageFormatter>>;

/** A list param as people read it: `"a", "b"`. */
export const listOf = (value: IssueParams[string]): string =>
  Array.isArray(value) ? value.map((item) => JSON.stringify(item)).join(', ') : String(value);

/** The English messages, kept apart from the data so they can be translated. */
export const issueMessagesEn: IssueMessageCatalog = {
  invalid_json: (p) => `is not valid JSON${p.detail ? `: ${p.detail}` : ''}`,
  too_deep: (p) => `is nested more than ${p.maximum} levels deep`,
  not_finite: (p) => `must be a finite number, received ${p.received}`,
  more_issues: (p) => (p.count === 1 ? 'and 1 more issue, not listed' : `and ${p.count} more issues, not listed`),
  invalid_type: (p) => `expected ${p.expected}, received ${p.received}`,
  missing_field: (p) => `is required${p.expected ? ` (${p.expected})` : ''}`,
  unknown_field: (p) => `unknown field "${p.key}"`,
  invalid_value: (p) =>
    p.kind === 'structure'
      ? `was made for other questions or options than this questionnaire's, or the same in another order, so its answers cannot be read (the token names version "${p.received}"; this is version ${listOf(p.expected)})`
      : p.expected
        ? `expected one of ${listOf(p.expected)}`
        : 'is not an accepted value',
  invalid_format: (p) => `does not have the expected format${p.format ? ` (${p.format})` : ''}`,
  invalid_key: (p) => `key "${p.key}" is not allowed`,
  too_small: (p) =>
    p.origin === 'array'
      ? `needs at least ${p.minimum} item(s)`
      : p.origin === 'string'
        ? `needs at least ${p.minimum} character(s)`
        : `must be ${p.inclusive === false ? 'greater than' : 'at least'} ${p.minimum}`,
  too_big: (p) =>
    p.origin === 'array'
      ? `holds more than ${p.maximum} item(s)`
      : p.origin === 'string'
        ? `is longer than ${p.maximum} character(s)`
        : `must be ${p.inclusive === false ? 'less than' : 'at most'} ${p.maximum}`,
  invalid_definition: (p) => `is not accepted by the questionnaire format (${p.zodCode})`,
  duplicate_id: (p) => `id "${p.id}" is already used at ${p.firstPath}`,
  reserved_id: (p) => `"${p.id}" is reserved (every JavaScript object has it); choose another id`,
  unknown_dimension: (p) => `names unknown dimension "${p.id}"`,
  unknown_axis: (p) => `names unknown axis "${p.id}"`,
  unknown_question: (p) => `names unknown question "${p.id}"`,
  unknown_option: (p) => `"${p.id}" is not an option of question "${p.question}"`,
  unknown_kpi: (p) => `names unknown KPI "${p.id}"`,
  condition_on_later_question: (p) =>
    `depends on question "${p.id}", which is not asked before this one: conditions may only test earlier answers`,
  condition_not_allowed: (p) => `a visibility condition can only test answers, not ${p.kind}`,
  condition_type_mismatch: (p) => `test "${p.test}" does not apply to a ${p.questionType} question`,
  empty_condition: () => 'a condition needs one test (equals, in, includes, answered, gt, gte, lt or lte)',
  max_above_option_count: (p) => `max (${p.max}) is more than the ${p.optionCount} options`,
  max_below_min: (p) => `max (${p.max}) is below min (${p.min})`,
  bands_not_rising: (p) => `bands must rise: ${p.atLeast} follows ${p.previous}`,
  tiers_not_contiguous: (p) =>
    `tiers must cover 0–100 in order without gaps or overlaps: ${
      p.problem === 'first_not_zero'
        ? `the first tier starts at ${p.min}, not 0`
        : p.problem === 'last_not_hundred'
          ? `the last tier ends at ${p.max}, not 100`
          : p.problem === 'empty'
            ? `max (${p.max}) must be above min (${p.min})`
            : `starts at ${p.min} but the tier before ends at ${p.previousMax}`
    }`,
  kpi_not_number_question: (p) => `KPI input "${p.id}" is a ${p.questionType} question, not a number question`,
  fit_not_single_question: (p) => `fit question "${p.id}" must be a single-choice question`,
  fit_missing_target: (p) => `option "${p.option}" of fit question "${p.id}" has no target pole`,
  points_for_without_fit: () => `points by market need a fit question: add "fit" to the definition`,
  unscored_dimension: (p) => `dimension "${p.id}" earns no points from any question`,
  quick_check_duplicate: (p) => `question "${p.id}" is already in the quick check at ${p.firstPath}`,
  quick_check_condition_outside: (p) =>
    `question "${p.id}" is shown only after an answer to "${p.dependsOn}", which the quick check does not ask: add "${p.dependsOn}" to the quick check`,
  duplicate_locale: (p) => `locale "${p.locale}" is already listed at ${p.firstPath}`,
  answer_wrong_type: (p) => `expected ${p.expected} for this ${p.questionType} question, received ${p.received}`,
  too_many_options: (p) => `choose at most ${p.max} option(s), ${p.count} chosen`,
  duplicate_option: (p) => `option "${p.id}" is chosen twice`,
  answer_out_of_range: (p) =>
    p.min !== undefined && p.max !== undefined
      ? `must be between ${p.min} and ${p.max}`
      : p.min !== undefined
        ? `must be at least ${p.min}`
        : `must be at most ${p.max}`,
  not_an_integer: () => 'must be a whole number',
  invalid_email: () => 'is not an email address',
  text_too_long: (p) => `is longer than ${p.maxLength} characters`,
  answer_too_long: (p) => `is ${p.length} characters long, more than the ${p.maxLength} an answer may hold`,
  unreadable_answer: (p) => `could not be read as plain data (${p.reason}): answers must be plain values, not getters or proxies`,
  required: () => 'needs an answer',
  storage_unavailable: (p) => `storage is not available (${p.reason})`,
  snapshot_too_large: (p) => `holds ${p.length} characters, more than the ${p.maxLength} a saved snapshot may hold`,
  snapshot_kept_in_place: (p) =>
    `is left untouched under "${p.key}": it could be neither restored in full nor set aside, so nothing is saved over it`,
  questionnaire_mismatch: (p) => `is for questionnaire "${p.received}", not "${p.expected}" like the rest`,
  missing_segment_answer: (p) => `has no "${p.id}" to group by (null when unanswered)`,
  by_mismatch: (p) => `groups by ${listOf(p.received)}, not ${listOf(p.expected)} like the first benchmark`,
  benchmark_withheld: (p) =>
    `is published with ${p.withheld} segment(s) withheld, so its counts are no longer whole: merge the shards it was made from (aggregate --shard)`,
  wrong_histogram_length: (p) => `has ${p.received} bins, expected ${p.expected}`,
  count_below_histogram: (p) => `counts ${p.total} scores, more than the segment's ${p.count} respondents`,
  segment_key_not_prefix: (p) => `a segment key must name the first questions of "by" (${listOf(p.by)}), in that order`,
  duplicate_segment: (p) => `the same segment is already at ${p.firstPath}`,
  benchmark_cross_origin: (p) => `${p.url} is not on this page's origin (${p.origin}): a benchmark is only fetched from the page's own origin`,
  benchmark_unavailable: (p) => `could not be loaded from ${p.url} (${p.reason})`,
};

/**
 * Renders an issue's message from its code and params, in English or with another catalog
 * (`issueMessagesZhHant`, `issueMessagesHa`, or a host's own).
 * @example formatIssueMessage('required', {}, issueMessagesHa) // 'tana bukatar amsa'
 */
export function formatIssueMessage(code: IssueCode, params: IssueParams, catalog: IssueMessageCatalog = issueMessagesEn): string {
  return (catalog[code] ?? issueMessagesEn[code])(params);
}
