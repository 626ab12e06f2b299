import { describe, expect, it } from 'vitest';
import { summariseFunnel, type FunnelEvent } from '../../src/core';
import { funnelQuestionnaire } from '../core/funnel/funnelQuestionnaire';
import { interleave, seededRandom, simulateSessions } from '../core/funnel/simulateSessions';
import { fileError, hasNoStackTrace, runInMemory } from './fixtures';

/** A funnel event on a step of `q@1`, as the tracker writes one. */
const event = (session: string, type: FunnelEvent['type'], stepId: string, stepIndex: number, isFinal?: boolean): FunnelEvent => ({
  type,
  session,
  questionnaire: 'q@1',
  stepId,
  stepIndex,
  visibleQuestions: 3,
  ...(isFinal === undefined ? {} : { isFinal }),
});

const ndjson = (events: readonly unknown[]) => events.map((item) => JSON.stringify(item)).join('\n') + '\n';

// Three sessions: one finishes, one is hidden on the second step, one goes silent on the first.
const small = ndjson([
  event('a', 'step_viewed', 'intro', 0),
  event('b', 'step_viewed', 'intro', 0),
  event('c', 'step_viewed', 'intro', 0),
  event('a', 'step_completed', 'intro', 0, false),
  event('a', 'step_viewed', 'more', 1),
  event('b', 'step_completed', 'intro', 0, false),
  event('b', 'step_viewed', 'more', 1),
  event('a', 'step_completed', 'more', 1, true),
  event('b', 'abandoned', 'more', 1),
]);

describe('readiness-kit funnel', () => {
  it('prints the drop-off per step and the completion', async () => {
    const { code, stdout, stderr } = await runInMemory(['funnel', 'events.ndjson'], { 'events.ndjson': small });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        'q@1: 3 sessions, 1 completed (33.3 %)',
        '',
        'step   viewed  completed  drop-off  drop-off %  abandoned',
        'intro       3          2         1      33.3 %          0',
        'more        2          1         1      50.0 %          1',
        '',
      ].join('\n'),
    );
  });

  it('gives machines the summary of a generated log as JSON, the same as summariseFunnel', async () => {
    const { eventsBySession } = simulateSessions(funnelQuestionnaire(), 300, 3);
    const log = interleave(seededRandom(5), eventsBySession);
    const { code, stdout, stderr } = await runInMemory(['funnel', '--format', 'json', 'log.ndjson'], { 'log.ndjson': ndjson(log) });
    expect([code, stderr]).toEqual([0, '']);
    expect(JSON.parse(stdout)).toEqual({ questionnaires: summariseFunnel(log), badLines: 0 });
  });

  it('reports each bad line with its number and code, counts the rest, and exits 1', async () => {
    const lines = small.trimEnd().split('\n');
    lines.splice(2, 0, '{"type": "step_viewed",');
    lines.splice(5, 0, JSON.stringify({ ...event('d', 'step_viewed', 'intro', 0), stepIndex: -1 }));
    lines.splice(7, 0, '');
    const { code, stdout, stderr } = await runInMemory(['funnel', 'events.ndjson', '-f', 'json'], { 'events.ndjson': lines.join('\n') });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^events\.ndjson:3: is not valid JSON: .+ \[invalid_json\]\nevents\.ndjson:6: stepIndex: must be at least 0 \[too_small\]\nreadiness-kit: 2 bad lines skipped in events\.ndjson\n$/);
    expect(JSON.parse(stdout)).toEqual({ questionnaires: summariseFunnel(small.trimEnd().split('\n').map((line) => JSON.parse(line) as FunnelEvent)), badLines: 2 });
  });

  it('lists the first 100 bad lines of a wrong file and counts the others', async () => {
    const { code, stderr } = await runInMemory(['funnel', 'profiles.ndjson'], { 'profiles.ndjson': ndjson(Array.from({ length: 105 }, (_, index) => ({ index }))) });
    expect(code).toBe(1);
    expect(stderr.match(/^profiles\.ndjson:\d+: type: is required \[missing_field\]$/gm)).toHaveLength(100);
    expect(stderr).toContain('profiles.ndjson:100: type: is required [missing_field]');
    expect(stderr).toContain('profiles.ndjson: … and 5 more bad lines\nreadiness-kit: 105 bad lines skipped in profiles.ndjson\n');
    expect(stderr).toContain('note: no funnel events in profiles.ndjson');
  });

  it('reads standard input for -', async () => {
    const { code, stdout } = await runInMemory(['funnel', '-'], { '-': small });
    expect(code).toBe(0);
    expect(stdout).toContain('q@1: 3 sessions, 1 completed (33.3 %)');
  });

  it('keeps only the questionnaire asked for: by id, every version; by id@version, that one', async () => {
    const other = ndjson([{ ...event('z', 'step_viewed', 'intro', 0), questionnaire: 'q@2' }, { ...event('y', 'step_viewed', 'start', 0), questionnaire: 'other@1' }]);
    const files = { 'events.ndjson': small + other };
    const byId = JSON.parse((await runInMemory(['funnel', 'events.ndjson', '-f', 'json', '-q', 'q'], files)).stdout);
    expect(byId.questionnaires.map((summary: { questionnaire: string }) => summary.questionnaire)).toEqual(['q@1', 'q@2']);
    const byVersion = JSON.parse((await runInMemory(['funnel', 'events.ndjson', '-f', 'json', '--questionnaire', 'q@2'], files)).stdout);
    expect(byVersion.questionnaires).toMatchObject([{ questionnaire: 'q@2', sessions: 1 }]);
  });

  it('says why a file cannot be read, with a code, and exits 1', async () => {
    const missing = await runInMemory(['funnel', 'gone.ndjson']);
    expect([missing.code, missing.stderr]).toEqual([1, 'readiness-kit: cannot read gone.ndjson: no such file [file_not_found]\n']);
    const folder = await runInMemory(['funnel', 'logs'], { logs: fileError('EISDIR') });
    expect([folder.code, folder.stderr]).toEqual([1, 'readiness-kit: cannot read logs: is a directory, not a file [is_a_directory]\n']);
    expect(hasNoStackTrace(folder.stderr)).toBe(true);
  });

  it('answers a wrong command line with usage and exit 2, and --help with exit 0', async () => {
    expect(await runInMemory(['funnel'])).toMatchObject({ code: 2, stderr: expect.stringContaining('funnel: missing argument <events.ndjson>') });
    expect(await runInMemory(['funnel', 'a', 'b'])).toMatchObject({ code: 2, stderr: expect.stringContaining("unexpected argument 'b'") });
    expect(await runInMemory(['funnel', 'a', '--format', 'csv'])).toMatchObject({ code: 2, stderr: expect.stringContaining("unknown format 'csv' (expected table or json)") });
    expect(await runInMemory(['funnel', 'a', '--by', 'step'])).toMatchObject({ code: 2, stderr: expect.stringContaining("unknown option '--by'") });
    const help = await runInMemory(['funnel', '--help']);
    expect([help.code, help.stdout.split('\n')[0]]).toEqual([0, 'Usage: readiness-kit funnel <events.ndjson|-> [options]']);
    expect((await runInMemory(['help'])).stdout).toContain('funnel <events.ndjson|->');
  });
});
