import { describe, expect, it } from 'vitest';
import { formatColumns, textWidth } from '../../src/cli/formatColumns';
import { formatFit } from '../../src/cli/formatFit';
import { formatBar, formatProfileTable } from '../../src/cli/formatProfileTable';
import { labelsOf } from '../../src/cli/labelsOf';
import { scoreAnswers, type FitResult } from '../../src/core';
import { fixtureQuestionnaire } from './fixtures';

describe('formatBar', () => {
  it('fills one cell per 5 points and clamps', () => {
    expect(formatBar(50)).toBe(`${'█'.repeat(10)}${'░'.repeat(10)}`);
    expect(formatBar(null)).toBe('░'.repeat(20));
    expect(formatBar(100)).toBe('█'.repeat(20));
  });
});

describe('formatColumns', () => {
  it('aligns columns, counting CJK characters as two cells', () => {
    expect(textWidth('受眾')).toBe(4);
    expect(formatColumns([['受眾', '1'], ['Audience', '22']], ['left', 'right'])).toEqual(['受眾       1', 'Audience  22']);
  });
});

describe('formatFit', () => {
  const labels = labelsOf(fixtureQuestionnaire, 'en');
  const fit = (patch: Partial<FitResult>): FitResult => ({
    status: 'aligned', isMismatch: false, market: 'b2b', target: 'positive', axis: 'orientation', position: 60, side: 'positive', ...patch,
  });

  it('puts each status in plain words', () => {
    expect(formatFit(fit({}), fixtureQuestionnaire, labels)).toBe('Aligned: you sell to businesses, and your practice is on the B2B side');
    expect(formatFit(fit({ status: 'mixed', side: 'mixed', position: 10 }), fixtureQuestionnaire, labels)).toBe(
      'Mixed: you sell to businesses, which calls for B2B, but your practice sits between the sides',
    );
    expect(formatFit(fit({ status: 'mismatch', side: 'negative', position: -60 }), fixtureQuestionnaire, labels)).toBe(
      'Mismatch: you sell to businesses, which calls for B2B, but your practice is on the B2C side',
    );
    expect(formatFit(fit({ market: 'b2c', target: 'negative', side: 'negative' }), fixtureQuestionnaire, labels)).toBe(
      'Aligned: you sell to consumers, and your practice is on the B2C side',
    );
    expect(formatFit(fit({ status: 'unknown', market: null }), fixtureQuestionnaire, labels)).toBe(
      'Unknown: answer "Who do you sell to?" to compare your market with your practice',
    );
    expect(formatFit(fit({ status: 'unknown', side: null, position: null }), fixtureQuestionnaire, labels)).toMatch(/^Unknown: you sell to businesses, but no answer/);
  });

  it('is left out when the questionnaire defines no fit', () => {
    const { fit: _, ...withoutFit } = fixtureQuestionnaire;
    expect(formatFit(fit({}), withoutFit, labels)).toBeNull();
  });
});

describe('formatProfileTable', () => {
  it('shows the index, the tier, the cap, and a strength', () => {
    const profile = scoreAnswers(fixtureQuestionnaire, { market: 'b2b', platform: 'linkedin', tracking: 2 });
    const table = formatProfileTable(profile, fixtureQuestionnaire, 'en');
    expect(profile.cappedBy).toBe('measurement');
    expect(table).toContain(`Readiness index  ${profile.index.toFixed(1)} / 100`);
    expect(table).toContain('Tier             Growing (capped by Measurement; the index alone gives Leading)');
    expect(table).toMatch(/Audience\s+100\s+4\/4\s+█{20}\s+strength/);
    expect(table).toMatch(/Measurement\s+25\s+1\/4\s+█{5}░{15}\s+gap/);
    expect(table).toContain('Cost per lead  n/a (missing input)');
  });

  it('writes no colour codes and no trailing spaces', () => {
    const table = formatProfileTable(scoreAnswers(fixtureQuestionnaire, {}), fixtureQuestionnaire, 'en');
    expect(table).not.toContain('\u001b[');
    expect(table).not.toMatch(/ +$/m);
  });
});
