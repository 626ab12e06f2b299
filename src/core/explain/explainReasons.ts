import type { RuleReason } from '../scoring/scoring.types';
import { describeAnswer } from './describeAnswer';
import { describeKpi } from './describeKpi';
import { describeAxis, describeDimension } from './describeScore';
import type { ExplainOptions } from './explain.types';
import { groupReasons } from './groupReasons';

function explainReason(reason: RuleReason, options: ExplainOptions): string {
  switch (reason.kind) {
    case 'answer':
      return describeAnswer(reason, options);
    case 'dimension':
      return describeDimension(reason, options);
    case 'axis':
      return describeAxis(reason, options);
    case 'kpi':
      return describeKpi(reason, options);
    case 'fit':
      return options.messages[`recommendations.reason.fit.${reason.status}`];
  }
}

/**
 * Why a recommendation fired, as plain sentences in the locale with the questionnaire's own labels:
 * one per answer, score, axis, KPI or the fit it looked at, never condition syntax. Shared by the
 * React kit and the CLI.
 * @example explainReasons(recommendation.reasons, { questionnaire, messages: reasonMessagesFor('en'), locale: 'en' })
 * // ['You answered “Businesses” to “Who do you mainly sell to?”.', 'Measurement scored 7 of 100 (below 33).']
 */
export function explainReasons(reasons: readonly RuleReason[], options: ExplainOptions): string[] {
  return [...new Set(groupReasons(reasons).map((reason) => explainReason(reason, options)))];
}
