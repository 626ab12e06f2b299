import { localise, type Recommendation } from '../core';
import { explainReasons } from '../core/explain/explainReasons';
import type { TableContext } from './tableContext';
import { TABLE_WIDTH } from './tableContext';
import { wrapText } from './wrapText';

/** How many recommendations the table shows before "and N more", unless asked for another number. */
export const DEFAULT_RECOMMENDATION_LIMIT = 5;

const BODY = '     ';
const BULLET = '     - ';
const UNDER_BULLET = '       ';

/** A wrapped bullet: the first line behind `- `, the rest hanging under its text. */
function bullet(text: string): string[] {
  const lines = wrapText(text, TABLE_WIDTH, UNDER_BULLET);
  return lines.map((line, index) => (index === 0 ? BULLET + line.slice(UNDER_BULLET.length) : line));
}

function recommendation(context: TableContext, item: Recommendation, number: number): string[] {
  const { questionnaire, profile, words } = context;
  const text = (value: Parameters<typeof localise>[0]) => localise(value, words.locale);
  const head = wrapText(`${number}. [${words.say(`recommendations.priority.${item.priority}`)}] ${text(item.title)}`, TABLE_WIDTH, BODY);
  const lines = [`  ${head[0]!.trimStart()}`, ...head.slice(1), ...wrapText(text(item.body), TABLE_WIDTH, BODY)];
  if (item.source !== undefined) lines.push(...wrapText(words.say('recommendations.source', { source: text(item.source) }), TABLE_WIDTH, BODY));
  const reasons = explainReasons(item.reasons, { questionnaire, profile, messages: words.reasons, locale: words.locale, currency: words.currency });
  if (reasons.length > 0) lines.push(BODY + words.say('recommendations.why'), ...reasons.flatMap(bullet));
  return lines;
}

/**
 * The recommendations section: the first `limit` (0: all), each with its priority, title, advice,
 * source and why in plain words, then how many more there are.
 * @example formatRecommendations(context, 5) // ['  1. [high priority] Invest in LinkedIn and X', '     Your buyers …', …]
 */
export function formatRecommendations(context: TableContext, limit = DEFAULT_RECOMMENDATION_LIMIT): string[] {
  const { profile, words } = context;
  const all = profile.recommendations;
  if (all.length === 0) return [`  ${words.say('recommendations.none')}`];
  const shown = limit > 0 ? all.slice(0, limit) : all;
  const blocks = shown.map((item, index) => recommendation(context, item, index + 1));
  const rest = all.length - shown.length;
  if (rest > 0) blocks.push([`  ${words.count('recommendations.more', rest, { total: all.length })}`]);
  return blocks.flatMap((block, index) => (index === 0 ? block : ['', ...block]));
}
