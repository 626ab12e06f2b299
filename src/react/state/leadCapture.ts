import { createIssue, validateAnswer, type Issue, type Question } from '../../core';
import type { LeadCapture, LeadField, LeadValues } from '../useAssessment.types';

const ID = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;
const isText = (value: unknown) =>
  typeof value === 'string' ||
  (typeof value === 'object' && value !== null && Object.values(value).every((text) => typeof text === 'string'));

/**
 * Checks a host's lead-capture section: each field needs a unique id, a `text` or `email` type and
 * a label. Issues carry paths under `leadCapture`, like a definition's.
 */
export function checkLeadCapture(leadCapture: LeadCapture | undefined): Issue[] {
  if (leadCapture === undefined) return [];
  const fields: unknown = (leadCapture as { fields?: unknown }).fields;
  if (!Array.isArray(fields))
    return [createIssue('invalid_type', ['leadCapture', 'fields'], { expected: 'array', received: typeof fields })];
  const issues: Issue[] = [];
  const seen = new Set<string>();
  fields.forEach((field: Partial<LeadField> | null, index) => {
    const at = ['leadCapture', 'fields', index];
    if (typeof field !== 'object' || field === null) {
      issues.push(createIssue('invalid_type', at, { expected: 'object', received: typeof field }));
      return;
    }
    if (typeof field.id !== 'string' || !ID.test(field.id)) issues.push(createIssue('invalid_format', [...at, 'id'], { format: 'id' }));
    else if (seen.has(field.id)) issues.push(createIssue('duplicate_id', [...at, 'id'], { id: field.id }));
    else seen.add(field.id);
    if (field.type !== 'text' && field.type !== 'email')
      issues.push(createIssue('invalid_value', [...at, 'type'], { expected: ['text', 'email'], received: String(field.type) }));
    if (!isText(field.label)) issues.push(createIssue('missing_field', [...at, 'label'], { expected: 'text' }));
  });
  return issues;
}

/** A lead field as a core question, so the core's checks (email, length, required) apply. */
function asQuestion(field: LeadField): Question {
  return field.type === 'email'
    ? { id: field.id, type: 'email', label: field.label, required: field.required }
    : { id: field.id, type: 'text', label: field.label, required: field.required, maxLength: field.maxLength };
}

/** The issues of the lead values, by field id: required fields left blank, malformed emails, too long texts. */
export function validateLeadValues(leadCapture: LeadCapture | undefined, values: LeadValues): Record<string, Issue[]> {
  const errors: Record<string, Issue[]> = {};
  for (const field of leadCapture?.fields ?? []) {
    const value = (Object.hasOwn(values, field.id) ? values[field.id] : undefined)?.trim() ?? '';
    const segments = ['lead', field.id];
    const issues = value
      ? [...validateAnswer(asQuestion(field), value, segments)]
      : field.required
        ? [createIssue('required', segments)]
        : [];
    if (issues.length > 0) errors[field.id] = issues;
  }
  return errors;
}
