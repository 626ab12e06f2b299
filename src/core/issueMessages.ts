import type { IssueCode, IssueParams } from './errors';

type MessageFormatter = (params: IssueParams) => string;

const list = (value: IssueParams[string]): string =>
  Array.isArray(value) ? value.map((item) => JSON.stringify(item)).join(', ') : String(value);

/** English messages per issue code; kept apart from the data so they can be translated. */
const messages: Record<IssueCode, MessageFormatter> = {
  invalid_json: (p) => `is not valid JSON${p.detail ? `: ${p.detail}` : ''}`,
  invalid_type: (p) => `expected ${p.expected}, received ${p.received}`,
  missing_field: (p) => `is required${p.expected ? ` (${p.expected})` : ''}`,
  unknown_field: (p) => `unknown field "${p.key}"`,
  invalid_value: (p) => (p.expected ? `expected one of ${list(p.expected)}` : `is not an accepted value${p.detail ? `: ${p.detail}` : ''}`),
  invalid_format: (p) => `does not have the expected format${p.format ? ` (${p.format})` : ''}`,
  invalid_key: (p) => `key "${p.key}" is not allowed${p.detail ? `: ${p.detail}` : ''}`,
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
  invalid_range: (p) => `${p.detail}`,
  tiers_not_contiguous: (p) => `tiers must cover 0–100 in order without gaps or overlaps: ${p.detail}`,
  kpi_not_number_question: (p) => `KPI input "${p.id}" is a ${p.questionType} question, not a number question`,
  fit_not_single_question: (p) => `fit question "${p.id}" must be a single-choice question`,
  fit_missing_target: (p) => `option "${p.option}" of fit question "${p.id}" has no target pole`,
  unscored_dimension: (p) => `dimension "${p.id}" earns no points from any question`,
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
  required: () => 'needs an answer',
};

/** Renders an issue's English message from its code and params. */
export function formatIssueMessage(code: IssueCode, params: IssueParams): string {
  return messages[code](params);
}
