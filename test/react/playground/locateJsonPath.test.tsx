import { describe, expect, it } from 'vitest';
import { formatPath } from '../../../src/core';
import { locateJsonPath } from '../../../src/playground/validation/locateJsonPath';
import { parseIssuePath } from '../../../src/playground/validation/parseIssuePath';

/** The text of line `line` (1-based). */
const lineOf = (text: string, line: number) => text.split('\n')[line - 1];

const definition = JSON.stringify(
  {
    id: 'x',
    sections: [
      { id: 's0', questions: [{ id: 'q0', options: [{ id: 'a' }] }] },
      { id: 's1', questions: [{ id: 'q1' }, { id: 'q2', options: [{ id: 'a', points: { reach: 1 } }, { id: 'b', points: { 'odd key.with"quote"': 2, 'zh-Hant': 3 } }] }] },
    ],
  },
  null,
  2,
);

describe('locateJsonPath', () => {
  it('finds a value nested in arrays of objects, pointing at its key', () => {
    const location = locateJsonPath(definition, ['sections', 1, 'questions', 1, 'options', 1, 'points']);
    expect(location.exact).toBe(true);
    expect(lineOf(definition, location.line)!.trim()).toBe('"points": {');
    // The column is where the key starts.
    expect(lineOf(definition, location.line)!.slice(location.column - 1)).toBe('"points": {');
    expect(definition.slice(location.offset, location.offset + 8)).toBe('"points"');
  });

  it('tells apart the same key in different array items', () => {
    const first = locateJsonPath(definition, ['sections', 1, 'questions', 1, 'options', 0, 'id']);
    const second = locateJsonPath(definition, ['sections', 1, 'questions', 1, 'options', 1, 'id']);
    expect(lineOf(definition, first.line)!.trim()).toBe('"id": "a",');
    expect(lineOf(definition, second.line)!.trim()).toBe('"id": "b",');
    expect(second.line).toBeGreaterThan(first.line);
  });

  it('points at an array item itself when the path ends on an index', () => {
    const location = locateJsonPath('{\n  "a": [1, 2]\n}', ['a', 1]);
    expect(location).toEqual({ line: 2, column: 12, offset: 13, length: 1, exact: true });
  });

  it('finds keys with dots, quotes and dashes, from segments and from the readable path', () => {
    const segments = ['sections', 1, 'questions', 1, 'options', 1, 'points', 'odd key.with"quote"'];
    const path = formatPath(segments);
    expect(path).toBe('sections[1].questions[1].options[1].points["odd key.with\\"quote\\""]');
    const fromSegments = locateJsonPath(definition, segments);
    expect(locateJsonPath(definition, path)).toEqual(fromSegments);
    expect(lineOf(definition, fromSegments.line)!.trim()).toBe('"odd key.with\\"quote\\"": 2,');
    expect(lineOf(definition, locateJsonPath(definition, 'sections[1].questions[1].options[1].points.zh-Hant').line)!.trim()).toBe('"zh-Hant": 3');
  });

  it('falls back to the nearest existing parent for a path into a missing node', () => {
    // A missing field: the question object that lacks it.
    const missing = locateJsonPath(definition, ['sections', 1, 'questions', 0, 'label']);
    expect(missing.exact).toBe(false);
    expect(missing).toEqual({ ...locateJsonPath(definition, ['sections', 1, 'questions', 0]), exact: false });
    expect(lineOf(definition, missing.line)!.trim()).toBe('{');
    expect(lineOf(definition, missing.line + 1)!.trim()).toBe('"id": "q1"');
    // An index past the end of an array: the array's property.
    const pastEnd = locateJsonPath(definition, ['sections', 7, 'id']);
    expect(pastEnd.exact).toBe(false);
    expect(lineOf(definition, pastEnd.line)!.trim()).toBe('"sections": [');
  });

  it('puts the root, and any path in text with no value, at line 1, column 1', () => {
    expect(locateJsonPath(definition, [])).toMatchObject({ line: 1, column: 1, exact: true });
    expect(locateJsonPath('', ['id'])).toMatchObject({ line: 1, column: 1, exact: false });
  });
});

describe('parseIssuePath', () => {
  it('reads back every path formatPath writes', () => {
    const cases: (string | number)[][] = [[], ['id'], ['sections', 0, 'questions', 12, 'options', 3, 'points', 'reach'], ['a b', 'c"d', '$x', 'zh-Hant', '1']];
    for (const segments of cases) expect(parseIssuePath(formatPath(segments))).toEqual(segments);
  });

  it('refuses what formatPath could not have written', () => {
    for (const path of ['sections[', 'a..b', 'a[x]', '[1]b']) expect(parseIssuePath(path), path).toBeUndefined();
  });

  it('points at the start of a text nested deeper than the parser can go, instead of throwing', () => {
    const deep = `{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(locateJsonPath(deep, ['a', 0, 0])).toEqual({ offset: 0, length: 0, line: 1, column: 1, exact: false });
  });
});
