import { afterEach, describe, expect, it, vi } from 'vitest';
import { LIMITS, parseQuestionnaire } from '../../../src/core';
import { findTooDeep } from '../../../src/core/questionnaire/findTooDeep';
import { miniQuestionnaire } from '../../fixtures/miniQuestionnaire';

/*
 * Definitions nested far past `LIMITS.maxDepth`, as text and as objects: each gives one `too_deep`
 * issue at the path where it goes past the limit, never a throw and never `invalid_json`
 * ("Maximum call stack size exceeded"), at 5,001 levels and at 100,000.
 */

const LEAF = { question: 'market', equals: 'b2b' };
const MAX = LIMITS.maxDepth;

type Shape = 'not' | 'all' | 'array';

/** `rules[0].when` (or `locales`) nested `depth` levels, as JSON text, built as text: no serialiser recurses. */
function deepText(shape: Shape, depth: number): string {
  const base = miniQuestionnaire() as any;
  if (shape === 'array') {
    base.locales = 0;
    return JSON.stringify(base).replace('"locales":0', `"locales":${'['.repeat(depth)}"en"${']'.repeat(depth)}`);
  }
  base.rules = [{ id: 'deep', priority: 'high', title: 't', body: 'b', when: 0 }];
  const [open, close] = shape === 'not' ? ['{"not":', '}'] : ['{"all":[', ']}'];
  return JSON.stringify(base).replace('"when":0', `"when":${open.repeat(depth)}${JSON.stringify(LEAF)}${close.repeat(depth)}`);
}

/** The same definition as an object, built with a loop. */
function deepObject(shape: Shape, depth: number): unknown {
  const base = miniQuestionnaire() as any;
  let nested: unknown = shape === 'array' ? 'en' : LEAF;
  for (let level = 0; level < depth; level += 1) nested = shape === 'not' ? { not: nested } : shape === 'all' ? { all: [nested] } : [nested];
  if (shape === 'array') base.locales = nested;
  else base.rules = [{ id: 'deep', priority: 'high', title: 't', body: 'b', when: nested }];
  return base;
}

/** Where each shape goes past the limit: the first segment past `LIMITS.maxDepth`. */
const EXPECTED_PATH: Record<Shape, string> = {
  not: `rules[0].when${'.not'.repeat(MAX - 2)}`,
  all: `rules[0].when${'.all[0]'.repeat((MAX - 2) / 2)}`,
  array: `locales${'[0]'.repeat(MAX)}`,
};

const cases = (['not', 'all', 'array'] as const).flatMap((shape) => [5_001, 100_000].map((depth) => [shape, depth] as const));

describe('definitions nested past the depth limit', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each(cases)('reports %s nested %i levels, as text, as one too_deep issue at its path', (shape, depth) => {
    const result = parseQuestionnaire(deepText(shape, depth));
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'too_deep', path: EXPECTED_PATH[shape], params: { maximum: MAX }, message: `is nested more than ${MAX} levels deep` }),
    ]);
    expect(result.issues[0]!.segments).toHaveLength(MAX + 1);
  }, 30_000);

  it.each(cases)('reports %s nested %i levels, as an object, as one too_deep issue at its path', (shape, depth) => {
    const result = parseQuestionnaire(deepObject(shape, depth));
    expect(result.issues).toEqual([expect.objectContaining({ code: 'too_deep', path: EXPECTED_PATH[shape] })]);
  }, 30_000);

  it('accepts a condition nested to just within the limit, and rejects one level more', () => {
    // The condition sits at depth 3 (rules, 0, when): after 60 `not`s its leaf's keys are at depth 64, after 61 at 65.
    expect(parseQuestionnaire(deepText('not', MAX - 4)).issues).toEqual([]);
    expect(parseQuestionnaire(deepText('not', MAX - 3)).issues).toEqual([
      expect.objectContaining({ code: 'too_deep', path: `rules[0].when${'.not'.repeat(MAX - 3)}.question` }),
    ]);
  });

  it('reports the first place in the order of the text when several go too deep', () => {
    const base = miniQuestionnaire() as any;
    base.description = { a: 1, deep: JSON.parse(`${'['.repeat(100)}1${']'.repeat(100)}`) };
    base.zzz = JSON.parse(`${'['.repeat(100)}1${']'.repeat(100)}`);
    expect(findTooDeep(base)?.path).toBe(`description.deep${'[0]'.repeat(MAX - 1)}`);
    expect(parseQuestionnaire(JSON.stringify(base)).issues).toEqual([expect.objectContaining({ code: 'too_deep', path: `description.deep${'[0]'.repeat(MAX - 1)}` })]);
  });

  it('says too_deep at the path, not invalid_json, where an engine’s JSON.parse runs out of stack', () => {
    const text = deepText('not', 5_001);
    vi.spyOn(JSON, 'parse').mockImplementationOnce(() => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    expect(parseQuestionnaire(text).issues).toEqual([expect.objectContaining({ code: 'too_deep', path: EXPECTED_PATH.not })]);
  });

  it('says too_deep, not invalid_json, where the serialiser runs out of stack on a shallow object (a caller already deep)', () => {
    vi.spyOn(JSON, 'stringify').mockImplementationOnce(() => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    expect(parseQuestionnaire(miniQuestionnaire()).issues).toEqual([expect.objectContaining({ code: 'too_deep', path: '', params: { maximum: MAX } })]);
  });

  it('says too_big, not invalid_json, when the definition is too large to write out as one string', () => {
    vi.spyOn(JSON, 'stringify').mockImplementationOnce(() => {
      throw new RangeError('Invalid string length');
    });
    expect(parseQuestionnaire(miniQuestionnaire()).issues).toEqual([expect.objectContaining({ code: 'too_big', path: '', params: expect.objectContaining({ origin: 'string' }) })]);
  });
});
