import { describe, expect, it } from 'vitest';
import { evaluateCondition, type Condition, type ConditionContext, type KpiResult } from '../../../src/core';

const kpi = (band: KpiResult['band'], value: number | null): KpiResult => ({
  id: 'ctr', value, status: value === null ? 'not_available' : 'ok', unit: 'percent', direction: 'higher', band, standing: null, benchmark: null, target: null, inputs: {},
});

const context: ConditionContext = {
  answers: { market: 'b2b', formats: ['papers', 'cases'], helpful: 2, leads: 0 },
  dimensions: new Map([['depth', 25], ['reach', null]]),
  axes: new Map([['orientation', -60]]),
  kpis: new Map([['ctr', kpi('below', 0.3)], ['cpl', kpi(null, null)]]),
  fit: 'mismatch',
};

const holds = (condition: Condition) => evaluateCondition(condition, context).holds;

describe('evaluateCondition', () => {
  it.each<[string, Condition, boolean]>([
    ['equals on a single choice', { question: 'market', equals: 'b2b' }, true],
    ['equals on another option', { question: 'market', equals: 'b2c' }, false],
    ['in', { question: 'market', in: ['b2c', 'b2b'] }, true],
    ['in on a multi choice (any chosen)', { question: 'formats', in: ['memes', 'cases'] }, true],
    ['includes on a multi choice', { question: 'formats', includes: 'memes' }, false],
    ['answered', { question: 'helpful', answered: true }, true],
    ['answered: false on an unanswered question', { question: 'clicks', answered: false }, true],
    ['a comparison', { question: 'helpful', lte: 2 }, true],
    ['a range', { question: 'helpful', gt: 2, lte: 5 }, false],
    ['zero counts as an answer', { question: 'leads', lt: 1 }, true],
    ['a comparison on an unanswered question', { question: 'clicks', lt: 10 }, false],
    ['a dimension score', { dimension: 'depth', lte: 33 }, true],
    ['a dimension with no score', { dimension: 'reach', lte: 33 }, false],
    ['an axis position', { axis: 'orientation', lte: -40 }, true],
    ['a KPI band', { kpi: 'ctr', band: 'below' }, true],
    ['an unavailable KPI', { kpi: 'cpl', band: 'unavailable' }, true],
    ['a KPI value', { kpi: 'ctr', gte: 1 }, false],
    ['the fit', { fit: 'mismatch' }, true],
    ['all', { all: [{ question: 'market', equals: 'b2b' }, { dimension: 'depth', lt: 50 }] }, true],
    ['all with one false', { all: [{ question: 'market', equals: 'b2b' }, { dimension: 'depth', gt: 50 }] }, false],
    ['any', { any: [{ question: 'market', equals: 'b2c' }, { fit: 'mismatch' }] }, true],
    ['not', { not: { question: 'market', equals: 'b2c' } }, true],
  ])('evaluates %s', (_name, condition, expected) => {
    expect(holds(condition)).toBe(expected);
  });

  it('says which tests made it hold', () => {
    const result = evaluateCondition(
      { any: [{ question: 'market', equals: 'b2c' }, { dimension: 'depth', lte: 33 }, { kpi: 'ctr', band: 'below' }] },
      context,
    );
    expect(result.reasons).toEqual([
      { kind: 'dimension', dimensionId: 'depth', score: 25, test: 'lte 33', comparisons: [{ op: 'lte', value: 33, negated: false }] },
      { kind: 'kpi', kpiId: 'ctr', value: 0.3, band: 'below', test: 'band "below"', comparisons: [{ op: 'band', value: 'below', negated: false }] },
    ]);
  });

  it('explains a negated test as "not …", and as data with `negated`', () => {
    expect(evaluateCondition({ not: { question: 'helpful', gte: 4 } }, context).reasons).toEqual([
      { kind: 'answer', questionId: 'helpful', value: 2, test: 'not gte 4', comparisons: [{ op: 'gte', value: 4, negated: true }] },
    ]);
  });

  it('keeps, of a leaf that failed, only the tests that failed: each comparison is true of the value', () => {
    // 25 is at least 10 but not below 20: only "below 20" decided that the leaf failed.
    const { reasons } = evaluateCondition({ not: { dimension: 'depth', gte: 10, lt: 20 } }, context);
    expect(reasons[0]?.comparisons).toEqual([{ op: 'lt', value: 20, negated: true }]);
    const held = evaluateCondition({ dimension: 'depth', gte: 10, lt: 30 }, context).reasons[0];
    expect(held?.comparisons).toEqual([
      { op: 'gte', value: 10, negated: false },
      { op: 'lt', value: 30, negated: false },
    ]);
  });

  it('gives every kind of test its structured form', () => {
    const comparisonsOf = (condition: Condition) => evaluateCondition(condition, context).reasons.map((reason) => reason.comparisons);
    expect(comparisonsOf({ question: 'market', in: ['b2b', 'both'] })).toEqual([[{ op: 'in', value: ['b2b', 'both'], negated: false }]]);
    expect(comparisonsOf({ not: { question: 'market', equals: 'b2c' } })).toEqual([[{ op: 'equals', value: 'b2c', negated: true }]]);
    expect(comparisonsOf({ not: { question: 'formats', includes: 'guides' } })).toEqual([[{ op: 'includes', value: 'guides', negated: true }]]);
    expect(comparisonsOf({ question: 'nothing', answered: false })).toEqual([[{ op: 'answered', value: false, negated: false }]]);
    expect(comparisonsOf({ fit: 'mismatch' })).toEqual([[{ op: 'fit', value: 'mismatch', negated: false }]]);
  });

  it('on a missing answer, keeps only `answered: false` of a leaf that held', () => {
    const { reasons } = evaluateCondition({ question: 'nothing', answered: false, equals: 'x' }, context);
    expect(reasons).toEqual([
      { kind: 'answer', questionId: 'nothing', value: null, test: 'answered false, equals "x"', comparisons: [{ op: 'answered', value: false, negated: false }] },
    ]);
  });
});
