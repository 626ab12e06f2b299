import { describe, expect, it } from 'vitest';
import { formatKpiNumber, formatKpiStanding, formatKpiValue } from '../../src/cli/formatKpiValue';
import type { KpiResult } from '../../src/core';

const kpi = (patch: Partial<KpiResult>): KpiResult => ({
  id: 'ctr', value: 0.4512, status: 'ok', unit: 'percent', direction: 'higher', band: null, standing: null,
  benchmark: null, target: null, inputs: {}, ...patch,
});

describe('formatKpiNumber', () => {
  it('gives percents and currency two decimals and counts none', () => {
    expect(formatKpiNumber(0.4512, 'percent')).toBe('0.45%');
    expect(formatKpiNumber(1234.5, 'currency')).toBe('1,234.50');
    expect(formatKpiNumber(2.456, 'ratio')).toBe('2.46');
    expect(formatKpiNumber(41.6, 'count')).toBe('42');
  });

  it('uses the locale for separators', () => {
    expect(formatKpiNumber(1234.5, 'currency', 'de')).toBe('1.234,50');
  });
});

describe('formatKpiValue', () => {
  it('says why a KPI has no value', () => {
    expect(formatKpiValue(kpi({ value: null, status: 'not_available', reason: 'missing_input' }))).toBe('n/a (missing input)');
    expect(formatKpiValue(kpi({ value: null, status: 'not_available', reason: 'zero_divisor' }))).toBe('n/a (zero divisor)');
  });
});

describe('formatKpiStanding', () => {
  const benchmark = { min: 0.5, max: 1, source: 'LinkedIn', year: 2024 };

  it('places the value against its band, with source and year, and says if that is good news', () => {
    expect(formatKpiStanding(kpi({ benchmark, band: 'below', standing: 'worse' }))).toBe('below 0.50%–1.00% (LinkedIn, 2024): worse than typical');
    expect(formatKpiStanding(kpi({ benchmark, band: 'within', standing: 'typical' }))).toBe('within 0.50%–1.00% (LinkedIn, 2024): typical');
  });

  it('shows the band alone without a value, and says when there is no benchmark', () => {
    expect(formatKpiStanding(kpi({ benchmark, value: null, status: 'not_available' }))).toBe('benchmark 0.50%–1.00% (LinkedIn, 2024)');
    expect(formatKpiStanding(kpi({}))).toBe('no benchmark');
  });
});
