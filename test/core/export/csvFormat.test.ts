import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, formatCsvNumber } from '../../../src/core';
import { parseCsv } from './parseCsv';

const RUNS = { numRuns: 500, seed: 20261122 };

describe('formatCsvNumber', () => {
  it('writes plain decimals: a dot, no grouping, no exponent', () => {
    expect(formatCsvNumber(1234567.5)).toBe('1234567.5');
    expect(formatCsvNumber(-0.25)).toBe('-0.25');
    expect(formatCsvNumber(1e-7)).toBe('0.0000001');
    expect(formatCsvNumber(-1.5e-9)).toBe('-0.0000000015');
    expect(formatCsvNumber(2e21)).toBe('2000000000000000000000');
    expect(formatCsvNumber(1.25e22)).toBe('12500000000000000000000');
    expect(formatCsvNumber(-0)).toBe('0');
  });

  it('gives an empty field for values with no number form', () => {
    expect([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY].map(formatCsvNumber)).toEqual(['', '', '']);
  });

  it('reads back to the same number, for any finite double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const text = formatCsvNumber(value);
        expect(text).toMatch(/^-?\d+(\.\d+)?$/);
        expect(Number(text)).toBe(value === 0 ? 0 : value);
      }),
      RUNS,
    );
  });
});

describe('csvField', () => {
  it('quotes only fields that need it, doubling inner quotes', () => {
    expect(csvField('Proof and content')).toBe('Proof and content');
    expect(csvField('Audience, decision')).toBe('"Audience, decision"');
    expect(csvField('The "why"')).toBe('"The ""why"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' padded')).toBe('" padded"');
  });

  it('survives an RFC 4180 reader, for any text', () => {
    const piece = fc.oneof(fc.string({ unit: 'grapheme' }), fc.constantFrom(',', '"', '\r\n', '\n', '\r', ' ', 'x'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), (pieces) => {
        const value = pieces.join('');
        expect(parseCsv(`${csvField(value)},next\r\n`)).toEqual([[value, 'next']]);
      }),
      RUNS,
    );
  });
});
