import { describeType } from '../describeType';
import { createIssue, type Issue, type Result } from '../errors';
import type { FunnelEvent, FunnelEventType } from './funnel.types';

const TYPES: readonly FunnelEventType[] = ['step_viewed', 'step_completed', 'abandoned'];

/**
 * Checks one value (a parsed NDJSON line) is a funnel event; its issues name the field. Fields the
 * kit does not know are ignored, so a host may add its own.
 * @example parseFunnelEvent(JSON.parse(line))
 */
export function parseFunnelEvent(value: unknown): Result<FunnelEvent> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, issues: [createIssue('invalid_type', [], { expected: 'object', received: describeType(value) })] };
  const record = value as Record<string, unknown>;
  const issues: Issue[] = [];
  const field = (key: string, check: (field: unknown) => Issue | undefined, isOptional = false) => {
    if (!Object.hasOwn(record, key) || record[key] === undefined) {
      if (!isOptional) issues.push(createIssue('missing_field', [key]));
      return;
    }
    const issue = check(record[key]);
    if (issue) issues.push(issue);
  };
  const text = (key: string) => (found: unknown) =>
    typeof found !== 'string'
      ? createIssue('invalid_type', [key], { expected: 'string', received: describeType(found) })
      : found.length === 0
        ? createIssue('too_small', [key], { origin: 'string', minimum: 1 })
        : undefined;
  const count = (key: string) => (found: unknown) =>
    typeof found !== 'number' || !Number.isInteger(found)
      ? createIssue('invalid_type', [key], { expected: 'integer', received: describeType(found) })
      : found < 0
        ? createIssue('too_small', [key], { origin: 'number', minimum: 0 })
        : undefined;

  field('type', (found) => (TYPES.includes(found as FunnelEventType) ? undefined : createIssue('invalid_value', ['type'], { expected: [...TYPES] })));
  field('session', text('session'));
  field('questionnaire', (found) =>
    text('questionnaire')(found) ?? (/^[^@]+@[^@]+$/.test(found as string) ? undefined : createIssue('invalid_format', ['questionnaire'], { format: 'id@version' })),
  );
  field('stepId', text('stepId'));
  field('stepIndex', count('stepIndex'));
  field('visibleQuestions', count('visibleQuestions'));
  field('isFinal', (found) => (typeof found === 'boolean' ? undefined : createIssue('invalid_type', ['isFinal'], { expected: 'boolean', received: describeType(found) })), true);
  field('at', (found) => (typeof found === 'number' && Number.isFinite(found) ? undefined : createIssue('invalid_type', ['at'], { expected: 'number', received: describeType(found) })), true);
  if (issues.length > 0) return { ok: false, issues };

  const event: FunnelEvent = {
    type: record.type as FunnelEventType,
    session: record.session as string,
    questionnaire: record.questionnaire as string,
    stepId: record.stepId as string,
    stepIndex: record.stepIndex as number,
    visibleQuestions: record.visibleQuestions as number,
  };
  if (record.isFinal !== undefined) event.isFinal = record.isFinal as boolean;
  if (record.at !== undefined) event.at = record.at as number;
  return { ok: true, value: event, issues: [] };
}
