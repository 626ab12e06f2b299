import { localise, type DimensionScore, type Profile, type Questionnaire } from '../core';
import { formatAxis } from './formatAxis';
import { formatColumns } from './formatColumns';
import { formatFit } from './formatFit';
import { formatKpiStanding, formatKpiValue } from './formatKpiValue';
import { formatReasons } from './formatReason';
import { labelsOf, type Labels } from './labelsOf';

const BAR_WIDTH = 20;

/** A 0–100 score as a bar of `█` over `░`, `BAR_WIDTH` cells wide. */
export function formatBar(score: number | null): string {
  const filled = score === null ? 0 : Math.round((Math.min(100, Math.max(0, score)) / 100) * BAR_WIDTH);
  return '█'.repeat(filled) + '░'.repeat(BAR_WIDTH - filled);
}

/** Points with at most one decimal, so partial Likert points stay readable: `7.5`, `12`. */
function formatPoints(points: number): string {
  return String(Math.round(points * 10) / 10);
}

function summary(profile: Profile, questionnaire: Questionnaire, labels: Labels): string[] {
  const tier = labels.tier(profile.tier);
  const cap = profile.cappedBy
    ? ` (capped by ${labels.dimension(profile.cappedBy)}; the index alone gives ${labels.tier(profile.uncappedTier)})`
    : '';
  const rows: string[][] = [
    ['Readiness index', `${profile.index.toFixed(1)} / 100`],
    ['Tier', `${tier}${cap}`],
    ['Completeness', `${Math.round(profile.completeness * 100)}% of the questions shown were answered`],
    ...profile.axes.map((axis) => [labels.axis(axis.id), formatAxis(axis, labels)]),
  ];
  const fit = formatFit(profile.fit, questionnaire, labels);
  if (fit !== null) rows.push(['Fit', fit]);
  return formatColumns(rows).map((line) => `  ${line}`);
}

function marker(profile: Profile, dimension: DimensionScore): string {
  if (profile.strengths.includes(dimension.id)) return 'strength';
  return profile.gaps.includes(dimension.id) ? 'gap' : '';
}

function dimensions(profile: Profile, labels: Labels): string[] {
  const rows = profile.dimensions.map((d) => [
    labels.dimension(d.id),
    d.score === null ? '—' : String(Math.round(d.score)),
    `${formatPoints(d.points)}/${formatPoints(d.maxPoints)}`,
    formatBar(d.score),
    marker(profile, d),
  ]);
  return formatColumns([['Dimension', 'Score', 'Points', '', ''], ...rows], ['left', 'right', 'right']).map((l) => `  ${l}`);
}

function kpis(profile: Profile, labels: Labels): string[] {
  if (profile.kpis.length === 0) return ['  (this questionnaire defines no KPIs)'];
  const rows = profile.kpis.map((kpi) => [labels.kpi(kpi.id), formatKpiValue(kpi, labels.locale), formatKpiStanding(kpi, labels.locale)]);
  return formatColumns([['KPI', 'Value', 'Against benchmark'], ...rows], ['left', 'right']).map((l) => `  ${l}`);
}

function recommendations(profile: Profile, labels: Labels): string[] {
  if (profile.recommendations.length === 0) return ['  (none)'];
  return profile.recommendations.flatMap((r, i) => {
    const head = `  ${i + 1}. [${r.priority}] ${localise(r.title, labels.locale)}`;
    const why = formatReasons(r.reasons, profile, labels);
    return why ? [head, `     why: ${why}`] : [head];
  });
}

/**
 * A profile as an aligned plain-text report: summary, fit, dimensions, KPIs and recommendations.
 * @example io.stdout(formatProfileTable(scoreAnswers(questionnaire, answers), questionnaire, 'en'));
 */
export function formatProfileTable(profile: Profile, questionnaire: Questionnaire, locale: string): string {
  const labels = labelsOf(questionnaire, locale);
  const title = `${localise(questionnaire.title, locale)} — ${profile.questionnaireId}@${profile.questionnaireVersion}`;
  const sections = [
    [title, '', ...summary(profile, questionnaire, labels)],
    ['Dimensions', ...dimensions(profile, labels)],
    ['KPIs', ...kpis(profile, labels)],
    ['Recommendations', ...recommendations(profile, labels)],
  ];
  return `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}
