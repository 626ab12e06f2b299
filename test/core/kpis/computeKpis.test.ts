import { describe, expect, it } from 'vitest';
import { computeKpi, computeKpis, scoreAnswers, type Kpi } from '../../../src/core';
import { miniQuestionnaire } from '../../fixtures/miniQuestionnaire';

const [ctr, cpl, reach] = miniQuestionnaire().kpis as [Kpi, Kpi, Kpi];

describe('computeKpi', () => {
  it('computes a ratio with its scale and reads it against the benchmark band', () => {
    expect(computeKpi(ctr, { clicks: 30, impressions: 10000 })).toMatchObject({ value: 0.3, status: 'ok', band: 'below', standing: 'worse', unit: 'percent', direction: 'higher' });
    expect(computeKpi(ctr, { clicks: 50, impressions: 10000 })).toMatchObject({ band: 'within', standing: 'typical' });
    expect(computeKpi(ctr, { clicks: 90, impressions: 10000 })).toMatchObject({ band: 'above', standing: 'better' });
  });

  it('reads a lower-is-better KPI the other way round', () => {
    expect(computeKpi(cpl, { spend: 5000, leads: 10 })).toMatchObject({ value: 500, band: 'above', standing: 'worse' });
    expect(computeKpi(cpl, { spend: 300, leads: 10 })).toMatchObject({ value: 30, band: 'below', standing: 'better' });
  });

  it('gives "not available" for a zero divisor, never Infinity or NaN', () => {
    expect(computeKpi(cpl, { spend: 5000, leads: 0 })).toMatchObject({ value: null, status: 'not_available', reason: 'zero_divisor', band: null });
    expect(computeKpi(ctr, { clicks: 0, impressions: 0 })).toMatchObject({ value: null, reason: 'zero_divisor' });
  });

  it('gives "not available" for a missing input and lists the inputs it read', () => {
    expect(computeKpi(ctr, { clicks: 10 })).toMatchObject({ value: null, status: 'not_available', reason: 'missing_input', inputs: { clicks: 10, impressions: null } });
  });

  it('sums the terms of a sum and needs no denominator', () => {
    expect(computeKpi(reach, { impressions: 100, clicks: 5 })).toMatchObject({ value: 105, band: null, standing: null });
  });

  it('multiplies the terms of a product', () => {
    const perPost: Kpi = { id: 'er_followers', label: 'ER', unit: 'percent', direction: 'higher', numerator: 'e', denominator: { product: ['f', 'p'] }, scale: 100 };
    expect(computeKpi(perPost, { e: 50, f: 1000, p: 5 }).value).toBe(1);
  });

  it('uses a host benchmark in place of the shipped one, or none', () => {
    const own = { min: 0.1, max: 0.2, source: 'Our CRM', year: 2026 };
    expect(computeKpis([ctr], { clicks: 30, impressions: 10000 }, { ctr: own })[0]).toMatchObject({ band: 'above', benchmark: own });
    expect(computeKpis([ctr], { clicks: 30, impressions: 10000 }, { ctr: null })[0]).toMatchObject({ band: null, benchmark: null });
  });

  it('flows through scoreAnswers, with host benchmarks in its options', () => {
    const profile = scoreAnswers(miniQuestionnaire(), { clicks: 30, impressions: 10000 }, { benchmarks: { ctr: { min: 0.1, max: 0.2, source: 'Ours', year: 2025 } } });
    expect(profile.kpis.find((k) => k.id === 'ctr')).toMatchObject({ value: 0.3, band: 'above' });
  });
});
