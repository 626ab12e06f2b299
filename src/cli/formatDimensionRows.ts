import type { DimensionScore } from '../core';
import { formatColumns } from './formatColumns';
import type { TableContext } from './tableContext';

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

function marker({ profile, words }: TableContext, dimension: DimensionScore): string {
  // A dimension without a score has too few answers to judge, not a zero.
  if (dimension.score === null) return words.say('dimensions.notEnoughAnswers');
  if (profile.strengths.includes(dimension.id)) return words.say('dimensions.strength');
  return profile.gaps.includes(dimension.id) ? words.say('dimensions.gap') : '';
}

/**
 * The dimensions section: each dimension's score, points, bar and marker (strength, gap, or not enough answers).
 * @example formatDimensionRows(context) // ['  Dimension    Score  Points', '  Measurement     25     1/4  █████░░░…  gap']
 */
export function formatDimensionRows(context: TableContext): string[] {
  const { profile, labels, words } = context;
  const rows = profile.dimensions.map((d) => [
    labels.dimension(d.id),
    d.score === null ? '—' : String(Math.round(d.score)),
    // Nothing answered there: "0/0" would read as a score of nothing out of nothing.
    d.maxPoints === 0 ? '—' : `${formatPoints(d.points)}/${formatPoints(d.maxPoints)}`,
    formatBar(d.score),
    marker(context, d),
  ]);
  const header = [words.say('dimensions.dimension'), words.say('dimensions.score'), words.say('dimensions.points'), '', ''];
  return formatColumns([header, ...rows], ['left', 'right', 'right']).map((line) => `  ${line}`);
}
