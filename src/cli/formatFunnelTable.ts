import type { FunnelSummary } from '../core';
import { formatColumns } from './formatColumns';

/** A rate from 0 to 1 as a percentage with one decimal: `12.5 %`. */
const percent = (rate: number) => `${(rate * 100).toFixed(1)} %`;

/**
 * One questionnaire version's funnel for a terminal: a heading with the completion, then a row per
 * step in definition order.
 * @example formatFunnelTable(summary) // 'mini@1.0.0: 2000 sessions, 1329 completed (66.5 %)\n\nstep  viewed …'
 */
export function formatFunnelTable(summary: FunnelSummary): string {
  const heading = `${summary.questionnaire}: ${summary.sessions} session${summary.sessions === 1 ? '' : 's'}, ${summary.completed} completed (${percent(summary.completionRate)})`;
  const rows = [
    ['step', 'viewed', 'completed', 'drop-off', 'drop-off %', 'abandoned'],
    ...summary.steps.map((step) => [step.stepId, String(step.viewed), String(step.completed), String(step.dropOff), percent(step.dropOffRate), String(step.abandoned)]),
  ];
  return `${heading}\n\n${formatColumns(rows, ['left', 'right', 'right', 'right', 'right', 'right']).join('\n')}\n`;
}
