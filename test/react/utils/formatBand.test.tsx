import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { socialMediaAssessment } from '../../../src/content/social-media';
import { formatAgainstBand, formatBand, MAX_FRACTION_DIGITS } from '../../../src/react/utils/formatBand';
import { DEFAULT_CURRENCY, formatValue, type ValueUnit } from '../../../src/react/utils/formatValue';

const LOCALES = ['en', 'zh-Hant', 'ha', 'de'];
const UNITS: ValueUnit[] = ['percent', 'currency', 'ratio', 'count'];

/** A shown number read back as a number: the locale's decimal sign kept, every other sign (currency, %, grouping) dropped. */
function readBack(shown: string, locale: string): number {
  const decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')!.value;
  const kept = [...shown].filter((character) => /[0-9]/.test(character) || character === decimal || character === '-' || character === '−');
  return Number(kept.join('').replace(decimal, '.').replace('−', '-'));
}

/** Numbers with at most `MAX_FRACTION_DIGITS` fraction digits, as published bands have. */
const published = fc
  .tuple(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: MAX_FRACTION_DIGITS }))
  .map(([units, digits]) => Number((units / 10 ** digits).toFixed(digits)));

const bandArbitrary = fc.tuple(published, published).map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) }));

describe('formatBand', () => {
  const bundled = (socialMediaAssessment.kpis ?? []).filter((kpi) => kpi.benchmark);

  it.each(LOCALES)('shows every bundled benchmark band in %s as its true bounds', (locale) => {
    expect(bundled.length).toBeGreaterThan(3);
    for (const kpi of bundled) {
      const shown = formatBand(kpi.benchmark!, kpi.unit, { locale });
      expect([readBack(shown.min, locale), readBack(shown.max, locale)], `${kpi.id} in ${locale}`).toEqual([kpi.benchmark!.min, kpi.benchmark!.max]);
    }
  });

  it('no longer rounds the CTR band to one it is not', () => {
    expect(formatBand({ min: 0.44, max: 0.65 }, 'percent', { locale: 'en' })).toEqual({ min: '0.44%', max: '0.65%' });
    expect(formatBand({ min: 2, max: 3 }, 'percent', { locale: 'en' })).toEqual({ min: '2%', max: '3%' });
  });

  it('reads back exactly any bound with up to four fraction digits, in any unit and locale', () => {
    fc.assert(
      fc.property(bandArbitrary, fc.constantFrom(...UNITS), fc.constantFrom(...LOCALES), (band, unit, locale) => {
        const shown = formatBand(band, unit, { locale });
        expect(readBack(shown.min, locale)).toBe(band.min);
        expect(readBack(shown.max, locale)).toBe(band.max);
      }),
    );
  });

  it('rounds a bound with more digits to the nearest at four, never further', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 1e6, noNaN: true }), (a, b) => {
        const band = { min: Math.min(a, b), max: Math.max(a, b) };
        const shown = formatBand(band, 'ratio', { locale: 'en' });
        expect(Math.abs(readBack(shown.min, 'en') - band.min)).toBeLessThanOrEqual(0.5 * 10 ** -MAX_FRACTION_DIGITS + 1e-9);
        expect(Math.abs(readBack(shown.max, 'en') - band.max)).toBeLessThanOrEqual(0.5 * 10 ** -MAX_FRACTION_DIGITS + 1e-9);
      }),
    );
  });
});

describe('formatAgainstBand', () => {
  const sideOf = (value: number, band: { min: number; max: number }) => (value < band.min ? 'below' : value > band.max ? 'above' : 'within');

  it('shows a value on the same side of the shown band as the true value is of the true band', () => {
    fc.assert(
      fc.property(published, bandArbitrary, fc.constantFrom(...UNITS), fc.constantFrom(...LOCALES), (value, band, unit, locale) => {
        const side = sideOf(value, band);
        const shownValue = readBack(formatAgainstBand(value, side, band, unit, { locale }), locale);
        const shownBand = formatBand(band, unit, { locale });
        expect(sideOf(shownValue, { min: readBack(shownBand.min, locale), max: readBack(shownBand.max, locale) })).toBe(side);
      }),
    );
  });

  it('keeps the unit’s usual digits where they already read right', () => {
    expect(formatAgainstBand(2.84, 'within', { min: 2, max: 3 }, 'percent', { locale: 'en' })).toBe('2.8%');
    expect(formatAgainstBand(500, 'above', { min: 40, max: 200 }, 'currency', { locale: 'en' })).toBe('$500.00');
  });
});

describe('formatValue', () => {
  it(`shows money in ${DEFAULT_CURRENCY} by default, in the host's currency when given, and plain for an empty code`, () => {
    expect(formatValue(125, 'currency', { locale: 'en' })).toBe('$125.00');
    expect(formatValue(125, 'currency', { locale: 'zh-Hant' })).toBe('US$125.00');
    expect(formatValue(125, 'currency', { locale: 'de', currency: 'EUR' })).toBe('125,00\u00a0€');
    expect(formatValue(125, 'currency', { locale: 'en', currency: '' })).toBe('125.00');
  });

  it('falls back to a plain number for a currency code that is not one', () => {
    expect(formatValue(125, 'currency', { locale: 'en', currency: 'dollars', fractionDigits: 0 })).toBe('125');
  });
});
