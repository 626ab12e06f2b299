import { describe, expect, it } from 'vitest';
import { parseQuestionnaire } from '../../../src/core';
import { inspectJsonValue } from '../../../src/core/questionnaire/inspectJsonValue';
import { miniQuestionnaire } from '../../fixtures/miniQuestionnaire';

const points = (value: number) => {
  const definition = miniQuestionnaire() as any;
  definition.sections[0].questions[1].options[0].points = { reach: value };
  return definition;
};
const pointsPath = 'sections[0].questions[1].options[0].points.reach';

/** The definition's JSON text with the reach points of its first scored option written as `number` (`1e999`). */
const pointsText = (number: string) => JSON.stringify(points(123456789)).replace('"reach":123456789', `"reach":${number}`);

describe('non-finite numbers in a definition', () => {
  it.each([
    ['Infinity', Infinity],
    ['-Infinity', -Infinity],
    ['NaN', Number.NaN],
  ])('names %s in an object at its path, not "expected number, received null"', (received, value) => {
    const result = parseQuestionnaire(points(value));
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'not_finite', path: pointsPath, params: { received }, message: `must be a finite number, received ${received}` }),
    ]);
  });

  it.each([
    ['1e999', 'Infinity'],
    ['-1e999', '-Infinity'],
  ])('names %s in JSON text as not_finite at its path, not as an invalid type', (number, received) => {
    const result = parseQuestionnaire(pointsText(number));
    expect(result.issues.map(({ code, path, params }) => ({ code, path, params }))).toEqual([{ code: 'not_finite', path: pointsPath, params: { received } }]);
  });

  it('still reports the definition’s other issues beside the non-finite number', () => {
    const definition = points(Infinity);
    definition.sections[0].questions[0].colour = 'red';
    definition.dimensions[1].weight = Number.NaN;
    const result = parseQuestionnaire(definition);
    expect(result.issues.map(({ code, path }) => [code, path])).toEqual([
      ['not_finite', 'dimensions[1].weight'],
      ['not_finite', pointsPath],
      ['unknown_field', 'sections[0].questions[0].colour'],
    ]);
  });

  it('names a non-finite number wherever it is, even where a number has no place', () => {
    const result = parseQuestionnaire(JSON.stringify(miniQuestionnaire()).replace('"locales":["en"]', '"locales":["en",1e999]'));
    expect(result.issues).toEqual([expect.objectContaining({ code: 'not_finite', path: 'locales[1]' })]);
  });

  it('accepts the largest finite numbers JSON can write', () => {
    const definition = miniQuestionnaire() as any;
    definition.sections[2].questions[0].max = 1e308;
    expect(parseQuestionnaire(definition).issues).toEqual([]);
  });
});

describe('inspectJsonValue', () => {
  it('lists non-finite numbers in the order of the text, at any depth', () => {
    const { notFinite, tooDeep } = inspectJsonValue({ a: { b: [1, Infinity] }, c: Number.NaN, d: [{ e: -Infinity }] }, 64);
    expect(tooDeep).toBeUndefined();
    expect(notFinite.map(({ path, params }) => [path, params.received])).toEqual([
      ['a.b[1]', 'Infinity'],
      ['c', 'NaN'],
      ['d[0].e', '-Infinity'],
    ]);
  });

  it('skips what JSON leaves out: undefined and functions in objects, and what toJSON replaces', () => {
    const { notFinite } = inspectJsonValue({ gone: undefined, f: () => Infinity, date: new Date(0), custom: { toJSON: () => 1, bad: Infinity } }, 64);
    expect(notFinite).toEqual([]);
  });

  it('walks an object shared by many parents once, so a tree of 2^60 paths costs its 60 objects', () => {
    let shared: Record<string, unknown> = { leaf: Infinity };
    for (let level = 0; level < 60; level += 1) shared = { left: shared, right: shared };
    const { notFinite, tooDeep } = inspectJsonValue(shared, 64);
    expect(tooDeep).toBeUndefined();
    expect(notFinite).toHaveLength(1);
    expect(notFinite[0]!.path).toBe(`${'left.'.repeat(60)}leaf`);
  });

  it('leaves a cycle to the serialiser, which names it', () => {
    const cyclic: Record<string, unknown> = { id: 'x' };
    cyclic.self = cyclic;
    expect(inspectJsonValue(cyclic, 64)).toEqual({ tooDeep: undefined, notFinite: [] });
    const result = parseQuestionnaire(cyclic);
    expect(result.issues).toEqual([expect.objectContaining({ code: 'invalid_json', path: '' })]);
    expect(result.issues[0]!.message).toMatch(/circular/i);
  });

  it('reports a getter that throws as one issue from parseQuestionnaire, never a throw', () => {
    const definition = miniQuestionnaire() as any;
    Object.defineProperty(definition, 'title', { enumerable: true, get: () => { throw new Error('no title for you'); } });
    const result = parseQuestionnaire(definition);
    expect(result.issues).toEqual([expect.objectContaining({ code: 'invalid_json', path: '', message: 'is not valid JSON: no title for you' })]);
  });
});
