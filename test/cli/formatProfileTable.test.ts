import { describe, expect, it } from 'vitest';
import { formatColumns, textWidth } from '../../src/cli/formatColumns';
import { formatFit } from '../../src/cli/formatFit';
import { formatBar, formatProfileTable } from '../../src/cli/formatProfileTable';
import { cliWordsFor } from '../../src/cli/i18n/cliWords';
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
  const words = cliWordsFor('en');
  const fit = (patch: Partial<FitResult>): FitResult => ({
    status: 'aligned', isMismatch: false, market: 'b2b', target: 'positive', axis: 'orientation', position: 60, side: 'positive', ...patch,
  });

  it('puts each status in plain words', () => {
    expect(formatFit(fit({}), fixtureQuestionnaire, labels, words)).toBe('Aligned: you sell to businesses, and your practice is on the B2B side');
    expect(formatFit(fit({ status: 'mixed', side: 'mixed', position: 10 }), fixtureQuestionnaire, labels, words)).toBe(
      'Mixed: you sell to businesses, which calls for B2B, but your practice sits between the sides',
    );
    expect(formatFit(fit({ status: 'mismatch', side: 'negative', position: -60 }), fixtureQuestionnaire, labels, words)).toBe(
      'Mismatch: you sell to businesses, which calls for B2B, but your practice is on the B2C side',
    );
    expect(formatFit(fit({ market: 'b2c', target: 'negative', side: 'negative' }), fixtureQuestionnaire, labels, words)).toBe(
      'Aligned: you sell to consumers, and your practice is on the B2C side',
    );
    expect(formatFit(fit({ status: 'unknown', market: null }), fixtureQuestionnaire, labels, words)).toBe(
      'Unknown: answer “Who do you sell to?” to compare your market with your practice',
    );
    expect(formatFit(fit({ status: 'unknown', side: null, position: null }), fixtureQuestionnaire, labels, words)).toMatch(/^Unknown: you sell to businesses, but no answer/);
  });

  it('says the fit in Traditional Chinese and Hausa too', () => {
    const mismatch = fit({ status: 'mismatch', side: 'negative', position: -60 });
    expect(formatFit(mismatch, fixtureQuestionnaire, labelsOf(fixtureQuestionnaire, 'zh-Hant'), cliWordsFor('zh-Hant'))).toBe(
      '不契合：您的銷售對象是「businesses」，適合「B2B」，但您的經營方式偏向「B2C」',
    );
    expect(formatFit(mismatch, fixtureQuestionnaire, labelsOf(fixtureQuestionnaire, 'ha'), cliWordsFor('ha'))).toBe(
      'Bai dace ba: kuna sayarwa ga businesses, wadda ke buƙatar B2B, amma salon aikinku yana gefen B2C',
    );
  });

  it('is left out when the questionnaire defines no fit', () => {
    const { fit: _, ...withoutFit } = fixtureQuestionnaire;
    expect(formatFit(fit({}), withoutFit, labels, words)).toBeNull();
  });
});

describe('formatProfileTable', () => {
  it('shows the index, the tier, the cap, and a strength', () => {
    const profile = scoreAnswers(fixtureQuestionnaire, { market: 'b2b', platform: 'linkedin', tracking: 2 });
    const table = formatProfileTable(profile, fixtureQuestionnaire, 'en');
    expect(profile.cappedBy).toBe('measurement');
    expect(table).toContain(`Readiness index  ${profile.index?.toFixed(1)} / 100`);
    expect(table).toContain('Tier             Growing (capped by Measurement; the index alone gives Leading)');
    expect(table).toMatch(/Audience\s+100\s+4\/4\s+█{20}\s+strength/);
    expect(table).toMatch(/Measurement\s+25\s+1\/4\s+█{5}░{15}\s+gap/);
    expect(table).toContain('Cost per lead  n/a (missing input)');
  });

  it('claims no index and no tier on a blank profile, and says how many answers a tier needs', () => {
    const profile = scoreAnswers(fixtureQuestionnaire, {});
    const table = formatProfileTable(profile, fixtureQuestionnaire, 'en');
    expect(table).toContain('Readiness index  — (nothing answered yet)');
    expect(table).toMatch(/^  Tier +Provisional: answer \d+ more questions? for a tier$/m);
    expect(table).toMatch(/Audience\s+—\s+—\s+░{20}\s+not enough answers/);
  });

  it('shows the first recommendations with advice and reasons, then how many more there are', () => {
    const questionnaire = {
      ...fixtureQuestionnaire,
      rules: Array.from({ length: 7 }, (_, index) => ({
        id: `r${index}`,
        priority: 'medium' as const,
        when: { question: 'market', equals: 'b2b' },
        title: `Advice ${index + 1}`,
        body: `Do thing ${index + 1}.`,
        source: 'Guide',
      })),
    };
    const profile = scoreAnswers(questionnaire, { market: 'b2b', platform: 'linkedin', tracking: 2 });
    const table = formatProfileTable(profile, questionnaire, 'en', { limit: 2 });
    expect(table).toContain('  1. [medium priority] Advice 1\n     Do thing 1.\n     Based on: Guide\n     Why:\n     - You answered “businesses” to “Who do you sell to?”.');
    expect(table).toContain('  2. [medium priority] Advice 2');
    expect(table).not.toContain('Advice 3');
    expect(table).toContain('  and 5 more: add --limit 7 to see them all');
    expect(formatProfileTable(profile, questionnaire, 'en', { limit: 0 })).toContain('  7. [medium priority] Advice 7');
  });

  it('writes no colour codes and no trailing spaces', () => {
    const table = formatProfileTable(scoreAnswers(fixtureQuestionnaire, {}), fixtureQuestionnaire, 'en');
    expect(table).not.toContain('\u001b[');
    expect(table).not.toMatch(/ +$/m);
  });
});
