import { describe, expect, it } from 'vitest';
import { formatKpiNumber, formatKpiStanding, formatKpiValue } from '../../src/cli/formatKpiValue';
import { cliWordsFor } from '../../src/cli/i18n/cliWords';
import type { KpiResult } from '../../src/core';

const kpi = (patch: Partial<KpiResult>): KpiResult => ({
  id: 'ctr', value: 0.4512, status: 'ok', unit: 'percent', direction: 'higher', band: null, standing: null,
  benchmark: null, target: null, inputs: {}, ...patch,
});
const en = cliWordsFor('en');

describe('formatKpiNumber', () => {
  it('gives percents and currency two decimals and counts none', () => {
    expect(formatKpiNumber(0.4512, 'percent')).toBe('0.45%');
    expect(formatKpiNumber(1234.5, 'currency')).toBe('1,234.50');
    expect(formatKpiNumber(2.456, 'ratio')).toBe('2.46');
    expect(formatKpiNumber(41.6, 'count')).toBe('42');
  });

  it('uses the locale for separators, and the currency when given', () => {
    expect(formatKpiNumber(1234.5, 'currency', 'de')).toBe('1.234,50');
    expect(formatKpiNumber(125, 'currency', 'en', 'USD')).toBe('$125.00');
    expect(formatKpiNumber(125, 'currency', 'zh-Hant', 'TWD')).toBe('$125.00');
    expect(formatKpiNumber(125, 'currency', 'en', 'NGN')).toBe('NGN\u00a0125.00');
  });
});

describe('formatKpiValue', () => {
  it('says why a KPI has no value, in the locale', () => {
    expect(formatKpiValue(kpi({ value: null, status: 'not_available', reason: 'missing_input' }), en)).toBe('n/a (missing input)');
    expect(formatKpiValue(kpi({ value: null, status: 'not_available', reason: 'zero_divisor' }), en)).toBe('n/a (zero divisor)');
    expect(formatKpiValue(kpi({ value: null, status: 'not_available', reason: 'zero_divisor' }), cliWordsFor('zh-Hant'))).toBe('無法計算（分母為零）');
  });

  it('writes money in the currency asked for, or says it is in the respondent’s own', () => {
    const cpl = kpi({ id: 'cpl', unit: 'currency', value: 125 });
    expect(formatKpiValue(cpl, cliWordsFor('en', 'USD'))).toBe('$125.00');
    expect(formatKpiValue(cpl, en)).toBe('125.00 (your currency)');
    expect(formatKpiValue(cpl, cliWordsFor('ha'))).toBe('125.00 (a kuɗinku)');
  });
});

describe('formatKpiStanding', () => {
  const benchmark = { min: 0.5, max: 1, source: 'LinkedIn', year: 2024 };

  it('places the value against its band, with source and year, and says if that is good news', () => {
    expect(formatKpiStanding(kpi({ benchmark, band: 'below', standing: 'worse' }), en)).toBe('below 0.50%–1.00% (LinkedIn, 2024): worse than typical');
    expect(formatKpiStanding(kpi({ benchmark, band: 'within', standing: 'typical' }), en)).toBe('within 0.50%–1.00% (LinkedIn, 2024): typical');
    expect(formatKpiStanding(kpi({ benchmark, band: 'above', standing: 'better' }), cliWordsFor('zh-Hant'))).toBe('高於 0.50%–1.00% (LinkedIn, 2024)：優於一般水準');
  });

  it('shows the band alone without a value, and says when there is no benchmark', () => {
    expect(formatKpiStanding(kpi({ benchmark, value: null, status: 'not_available' }), en)).toBe('benchmark 0.50%–1.00% (LinkedIn, 2024)');
    expect(formatKpiStanding(kpi({}), en)).toBe('no benchmark');
    expect(formatKpiStanding(kpi({}), cliWordsFor('ha'))).toBe("babu ma'aunin kwatance");
  });
});
