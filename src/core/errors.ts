/*
 * Errors as data: every problem the core finds is an Issue with a stable snake_case code, a path into
 * the input and a readable message. Code never parses a message; messages are made from the code and
 * its params by issueMessages.ts, so they can be translated apart from the data.
 */
import { formatIssueMessage } from './issueMessages';

/** The stable codes of every issue the core reports. */
export type IssueCode =
  // input that is not JSON, or nested too deep to be a definition
  | 'invalid_json'
  | 'too_deep'
  // a number JSON cannot hold (Infinity, NaN), or a list of issues cut short at `LIMITS.maxIssues`
  | 'not_finite'
  | 'more_issues'
  // shape of a definition, answers or snapshot
  | 'invalid_type'
  | 'missing_field'
  | 'unknown_field'
  | 'invalid_value'
  | 'invalid_format'
  | 'invalid_key'
  | 'too_small'
  | 'too_big'
  // a problem the schema library reports that the kit has no code of its own for yet
  | 'invalid_definition'
  // references inside a definition
  | 'duplicate_id'
  | 'reserved_id'
  | 'unknown_dimension'
  | 'unknown_axis'
  | 'unknown_question'
  | 'unknown_option'
  | 'unknown_kpi'
  | 'condition_on_later_question'
  | 'condition_not_allowed'
  | 'condition_type_mismatch'
  | 'empty_condition'
  | 'max_above_option_count'
  | 'max_below_min'
  | 'bands_not_rising'
  | 'tiers_not_contiguous'
  | 'kpi_not_number_question'
  | 'fit_not_single_question'
  | 'fit_missing_target'
  | 'points_for_without_fit'
  | 'unscored_dimension'
  | 'quick_check_duplicate'
  | 'quick_check_condition_outside'
  | 'duplicate_locale'
  // answers
  | 'answer_wrong_type'
  | 'too_many_options'
  | 'duplicate_option'
  | 'answer_out_of_range'
  | 'not_an_integer'
  | 'invalid_email'
  | 'text_too_long'
  | 'answer_too_long'
  | 'unreadable_answer'
  | 'required'
  // storage
  | 'storage_unavailable'
  | 'snapshot_too_large'
  | 'snapshot_kept_in_place'
  // peer benchmarks: profile records that do not fit, benchmarks that cannot be read or merged
  | 'questionnaire_mismatch'
  | 'missing_segment_answer'
  | 'by_mismatch'
  | 'benchmark_withheld'
  | 'wrong_histogram_length'
  | 'count_below_histogram'
  | 'segment_key_not_prefix'
  | 'duplicate_segment'
  // the embed's benchmark-src: the one request the kit makes, same origin only
  | 'benchmark_cross_origin'
  | 'benchmark_unavailable';

/** Parameters that fill an issue's message; which ones depend on the code. Values, never sentences, so messages can be translated. */
export type IssueParams = Record<string, string | number | boolean | readonly (string | number)[] | undefined>;

/** One problem found in an input, with where it is and what is wrong. */
export interface Issue {
  /** Stable, snake_case: branch on this, never on the message. */
  code: IssueCode;
  /** Where, as a readable path: `sections[2].questions[4].options[1].points.platforms`; empty for the root. */
  path: string;
  /** The path as segments, for tools. */
  segments: (string | number)[];
  /** A readable English sentence; `localiseIssues` renders it in another language from the code and params. */
  message: string;
  /** The values the message was made from (expected, received, limit, id …). */
  params: IssueParams;
}

/** The result of a function that never throws on bad input. */
export type Result<T> = { ok: true; value: T; issues: Issue[] } | { ok: false; issues: Issue[] };

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

/**
 * Turns path segments into `a.b[2].c`.
 * @example formatPath(['sections', 2, 'id']) // 'sections[2].id'
 */
export function formatPath(segments: readonly (string | number | symbol)[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && IDENTIFIER.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out;
}

/** Makes an issue, its message filled from its code and params. */
export function createIssue(
  code: IssueCode,
  segments: readonly (string | number)[],
  params: IssueParams = {},
): Issue {
  return { code, path: formatPath(segments), segments: [...segments], message: formatIssueMessage(code, params), params };
}

/**
 * Formats issues for people, one per line: `path: message (code)`.
 * @example console.error(prettifyIssues(result.issues));
 */
export function prettifyIssues(issues: readonly Issue[]): string {
  return issues
    .map((issue) => `✖ ${issue.path || '(root)'}: ${issue.message} [${issue.code}]`)
    .join('\n');
}

/** Thrown only where a caller hands the core something it was told to validate first. */
export class ReadinessError extends Error {
  /** The issues that explain the error. */
  readonly issues: Issue[];
  /** A code for the error as a whole. */
  readonly code: 'invalid_questionnaire';

  constructor(code: 'invalid_questionnaire', issues: Issue[]) {
    super(`${code}: ${issues.length} issue(s)\n${prettifyIssues(issues)}`);
    this.name = 'ReadinessError';
    this.code = code;
    this.issues = issues;
  }
}
