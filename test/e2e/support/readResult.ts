import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Profile, Questionnaire } from '../../../src/core';
import { localise } from '../../../src/core/i18n/localise';
import { uiMessagesEn } from '../../../src/react/i18n/uiMessages.en';
import { formatMessage } from '../../../src/react/i18n/formatMessage';
import { formatScore } from '../../../src/react/utils/formatScore';
import { formatAgainstBand } from '../../../src/react/utils/formatBand';
import { formatValue } from '../../../src/react/utils/formatValue';
import { repoRoot } from './packKit';

/** The result as a respondent reads it on screen: texts, not numbers. */
export interface ScreenResult {
  /** ProfileSummary's readiness index, e.g. "72". */
  index: string;
  /** The tier's label and its `data-tier`. */
  tier: { id: string | null; label: string };
  /** The orientation sentence ("B2B practice, +64"), without its visually hidden scale; null without an axis. */
  orientation: string | null;
  /** The market-fit message (without its decorative icon) and its `data-fit`. */
  fit: { status: string | null; message: string };
  /** DimensionChart's data table: dimension label → score text; null when no chart is shown. */
  chartScores: Record<string, string> | null;
  /** ComparisonTable's own column: dimension id → score text; null when no table with scores is shown. */
  comparisonScores: Record<string, string> | null;
  /** KpiGrid's cards: KPI id → value text; null when no grid is shown. */
  kpis: Record<string, string> | null;
}

/** The trimmed text of the first element matching `selector` (open shadow roots included), or null. */
async function textOf(page: Page, selector: string): Promise<string | null> {
  const element = page.locator(selector).first();
  return (await element.count()) === 0 ? null : ((await element.textContent()) ?? '').trim();
}

/** Like `textOf`, without the parts marked `aria-hidden` or visually hidden (clipped). */
async function visibleTextOf(page: Page, selector: string): Promise<string | null> {
  const element = page.locator(selector).first();
  if ((await element.count()) === 0) return null;
  return element.evaluate((node) => {
    const copy = node.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[aria-hidden="true"], [style*="clip"]').forEach((hidden) => hidden.remove());
    return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}

/**
 * Reads the finished result from the screen (the document or an open shadow root): ProfileSummary's
 * index, tier, orientation and fit, each dimension's score from DimensionChart's data table and from
 * ComparisonTable, and KpiGrid's values, whichever of these views are shown.
 */
export async function readResult(page: Page): Promise<ScreenResult> {
  await page.locator('.rk-ProfileSummary').first().waitFor();
  const summary = page.locator('.rk-ProfileSummary').first();
  const chartRows = page.locator('.rk-DimensionChart-table tbody tr');
  // Only a table that shows scores: the result's own keeps the practice alone (its scores are the chart's).
  const comparisonRows = page.locator('.rk-ComparisonTable-row:has(.rk-ComparisonTable-score)');
  const kpiCards = page.locator('.rk-KpiGrid .rk-KpiCard');
  return {
    index: (await textOf(page, '.rk-ProfileSummary-indexValue')) ?? '',
    tier: { id: await summary.getAttribute('data-tier'), label: (await textOf(page, '.rk-ProfileSummary-tierName')) ?? '' },
    orientation: await visibleTextOf(page, '.rk-ProfileSummary-position'),
    fit: { status: await summary.getAttribute('data-fit'), message: (await visibleTextOf(page, '.rk-ProfileSummary-fitMessage')) ?? '' },
    chartScores:
      (await chartRows.count()) === 0
        ? null
        : Object.fromEntries(
            await chartRows.evaluateAll((rows) =>
              rows.map((row) => [(row.querySelector('th')?.textContent ?? '').trim(), (row.querySelector('td')?.textContent ?? '').trim()]),
            ),
          ),
    comparisonScores:
      (await comparisonRows.count()) === 0
        ? null
        : Object.fromEntries(
            await comparisonRows.evaluateAll((rows) =>
              rows.map((row) => [row.getAttribute('data-dimension') ?? '', (row.querySelector('.rk-ComparisonTable-score')?.textContent ?? '').trim()]),
            ),
          ),
    kpis:
      (await kpiCards.count()) === 0
        ? null
        : Object.fromEntries(
            await kpiCards.evaluateAll((cards) =>
              cards.map((card) => [card.getAttribute('data-kpi') ?? '', (card.querySelector('.rk-KpiCard-value')?.textContent ?? '').trim()]),
            ),
          ),
  };
}

/** Options of `expectResultToMatch`: how the host configured the kit. */
export interface ExpectResultOptions {
  /** The questionnaire the profile was scored with, for its labels. */
  questionnaire: Questionnaire;
  /** The host's locale (only `en` words are checked); `en` by default. */
  locale?: string;
  /** The host's currency code, if it set one. */
  currency?: string;
}

/**
 * Asserts that the screen shows `profile` (from `scoreAnswers` on the same answers), each number
 * formatted as the kit formats it: the index and tier, the orientation and fit, every dimension's
 * score in whichever views show them, and every KPI card's value.
 */
export function expectResultToMatch(screen: ScreenResult, profile: Profile, options: ExpectResultOptions): void {
  const { questionnaire, locale = 'en', currency } = options;
  const messages = uiMessagesEn;
  const label = (text: Parameters<typeof localise>[0]) => localise(text, locale);
  const score = (value: number | null, notAnswered: string) => (value === null ? notAnswered : formatScore(value, locale));

  expect(screen.index, 'readiness index').toBe(profile.index === null ? messages['profile.noIndex'] : formatScore(profile.index, locale));
  expect(screen.tier.id, 'tier').toBe(profile.tier);
  if (profile.tier !== null)
    expect(screen.tier.label, 'tier label').toBe(label(questionnaire.tiers.find((tier) => tier.id === profile.tier)?.label));

  const axis = questionnaire.axes?.[0];
  const axisScore = axis ? profile.axes.find((candidate) => candidate.id === axis.id) : undefined;
  if (!axis || !axisScore) expect(screen.orientation, 'orientation').toBeNull();
  else if (axisScore.position === null) expect(screen.orientation).toBe(messages['profile.orientationUnknown']);
  else {
    const side =
      axisScore.side === 'positive' ? label(axis.positivePole) : axisScore.side === 'negative' ? label(axis.negativePole) : messages['profile.orientationMixed'];
    const position = formatValue(Math.round(axisScore.position), 'count', { locale, signed: true });
    expect(screen.orientation, 'orientation').toBe(formatMessage(messages, 'profile.orientationPosition', { side, position }));
  }
  expect(screen.fit, 'market fit').toEqual({ status: profile.fit.status, message: messages[`profile.fit.${profile.fit.status}`] });

  expect(screen.chartScores ?? screen.comparisonScores, 'dimension scores (DimensionChart or ComparisonTable)').not.toBeNull();
  if (screen.chartScores)
    expect(screen.chartScores, 'DimensionChart data table').toEqual(
      Object.fromEntries(
        questionnaire.dimensions.map((dimension) => [
          label(dimension.label),
          score(profile.dimensions.find((candidate) => candidate.id === dimension.id)?.score ?? null, messages['chart.notAnswered']),
        ]),
      ),
    );
  if (screen.comparisonScores)
    expect(screen.comparisonScores, 'ComparisonTable scores').toEqual(
      Object.fromEntries(
        questionnaire.dimensions.map((dimension) => [
          dimension.id,
          score(profile.dimensions.find((candidate) => candidate.id === dimension.id)?.score ?? null, messages['comparison.notAnswered']),
        ]),
      ),
    );

  if (screen.kpis) {
    const expected = Object.fromEntries(
      // Beside its band, as the card shows it: with the digits that keep it on the right side of each bound.
      profile.kpis.map((kpi) => [
        kpi.id,
        kpi.status === 'ok' && kpi.value !== null ? formatAgainstBand(kpi.value, kpi.band, kpi.benchmark ?? null, kpi.unit, { locale, currency }) : messages['kpi.notAvailable'],
      ]),
    );
    // KpiGrid may hide the unavailable ones, never an available one.
    const available = profile.kpis.filter((kpi) => kpi.status === 'ok').map((kpi) => kpi.id);
    expect(Object.keys(screen.kpis), 'KPI cards shown').toEqual(expect.arrayContaining(available));
    expect(screen.kpis, 'KPI values').toEqual(Object.fromEntries(Object.keys(screen.kpis).map((id) => [id, expected[id]])));
  }
}

/** Saves a full-page PNG of `page` as docs/screenshots/<name>.png and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  const dir = join(repoRoot, 'docs', 'screenshots');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
