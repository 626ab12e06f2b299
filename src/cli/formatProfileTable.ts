import { localise, type Profile, type Questionnaire } from '../core';
import { formatDimensionRows } from './formatDimensionRows';
import { formatKpiRows } from './formatKpiRows';
import { formatRecommendations } from './formatRecommendations';
import { formatSummary } from './formatSummary';
import { cliWordsFor } from './i18n/cliWords';
import { labelsOf } from './labelsOf';
import type { TableContext } from './tableContext';

export { formatBar } from './formatDimensionRows';

/** Options of `formatProfileTable`. */
export interface ProfileTableOptions {
  /** ISO 4217 code for money (`USD`); without it, money is a plain number said to be "your currency". */
  currency?: string | undefined;
  /** How many recommendations to show before "and N more"; 0 shows all (default 5). */
  limit?: number | undefined;
}

/**
 * A profile as an aligned plain-text report in one locale, every word of it included: summary, fit,
 * dimensions, KPIs and recommendations with their advice, source and reasons.
 * @example io.stdout(formatProfileTable(scoreAnswers(questionnaire, answers), questionnaire, 'zh-Hant', { currency: 'TWD' }));
 */
export function formatProfileTable(profile: Profile, questionnaire: Questionnaire, locale: string, options: ProfileTableOptions = {}): string {
  const words = cliWordsFor(locale, options.currency);
  const context: TableContext = { profile, questionnaire, labels: labelsOf(questionnaire, locale), words };
  const title = `${localise(questionnaire.title, locale)} — ${profile.questionnaireId}@${profile.questionnaireVersion}`;
  const sections = [
    [title, '', ...formatSummary(context)],
    [words.say('dimensions.heading'), ...formatDimensionRows(context)],
    [words.say('kpis.heading'), ...formatKpiRows(context)],
    [words.say('recommendations.heading'), ...formatRecommendations(context, options.limit)],
  ];
  return `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}
