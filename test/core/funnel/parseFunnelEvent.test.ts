import { describe, expect, it } from 'vitest';
import { parseFunnelEvent } from '../../../src/core';

const good = { type: 'step_viewed', session: 's1', questionnaire: 'mini@1.0.0', stepId: 'profile', stepIndex: 0, visibleQuestions: 2, at: 5 };

describe('parseFunnelEvent', () => {
  it('accepts an event as the tracker writes it, and ignores fields of the host’s own', () => {
    expect(parseFunnelEvent({ ...good, page: '/pricing' })).toEqual({ ok: true, value: good, issues: [] });
  });

  it('names every wrong field with its code', () => {
    const result = parseFunnelEvent({ type: 'step_seen', session: '', questionnaire: 'mini', stepIndex: 1.5, visibleQuestions: -1, isFinal: 'yes' });
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => `${issue.path}:${issue.code}`)).toEqual([
      'type:invalid_value',
      'session:too_small',
      'questionnaire:invalid_format',
      'stepId:missing_field',
      'stepIndex:invalid_type',
      'visibleQuestions:too_small',
      'isFinal:invalid_type',
    ]);
  });

  it('rejects a line that is not an object', () => {
    expect(parseFunnelEvent([good]).issues.map((issue) => [issue.path, issue.code, issue.params.received])).toEqual([['', 'invalid_type', 'array']]);
  });
});
