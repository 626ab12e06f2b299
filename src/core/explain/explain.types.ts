import type { KpiResult } from '../scoring/scoring.types';
import type { Questionnaire } from '../questionnaire/questionnaire.types';

/**
 * The sentences that say why a recommendation fired, one flat catalog per locale. The keys are the
 * React kit's own (`recommendations.reason.*`), so its UI catalogs spread these and a host's
 * `messages` override them there. Placeholders in `{braces}`.
 */
export interface ReasonMessages {
  /** An answer, e.g. 'You answered “{value}” to “{question}”.' */
  'recommendations.reason.answer': string;
  /** An answer with the rule's threshold: '… ({comparison}).' */
  'recommendations.reason.answerCompared': string;
  /** A question left unanswered. */
  'recommendations.reason.unanswered': string;
  /** One option's label, quoted, so that labels listed together stay apart: '“{option}”'. */
  'recommendations.reason.option': string;
  /** Options chosen in a multi-choice answer that the rule looked for (`{options}` are quoted already). */
  'recommendations.reason.chosen': string;
  /** Options not chosen in a multi-choice answer that the rule looked for. */
  'recommendations.reason.notChosen': string;
  /** A multi-choice answer that missed many options the rule looked for: what was chosen, "only". */
  'recommendations.reason.chosenOnly': string;
  /** A Likert answer, e.g. '{value} of 5'. */
  'recommendations.reason.likert': string;
  /** A dimension's score. */
  'recommendations.reason.dimension': string;
  /** A dimension's score with the rule's threshold. */
  'recommendations.reason.dimensionCompared': string;
  /** A dimension with too few answers for a score. */
  'recommendations.reason.dimensionUnscored': string;
  /** The practice's position on an axis. */
  'recommendations.reason.axis': string;
  /** The practice's position on an axis with the rule's threshold. */
  'recommendations.reason.axisCompared': string;
  /** No answer places the practice on an axis. */
  'recommendations.reason.axisUnknown': string;
  /** A KPI's value, without a benchmark. */
  'recommendations.reason.kpi': string;
  /** A KPI's value with the rule's threshold. */
  'recommendations.reason.kpiCompared': string;
  /** A KPI below its benchmark range. */
  'recommendations.reason.kpiBelow': string;
  /** A KPI within its benchmark range. */
  'recommendations.reason.kpiWithin': string;
  /** A KPI above its benchmark range. */
  'recommendations.reason.kpiAbove': string;
  /** A KPI that could not be worked out. */
  'recommendations.reason.kpiUnavailable': string;
  /** The practice fits the market. */
  'recommendations.reason.fit.aligned': string;
  /** The practice partly fits the market. */
  'recommendations.reason.fit.mixed': string;
  /** The practice leans against the market. */
  'recommendations.reason.fit.mismatch': string;
  /** The fit is not known yet. */
  'recommendations.reason.fit.unknown': string;
  /** A threshold the value is under: 'below {threshold}'. */
  'recommendations.reason.below': string;
  /** A threshold the value is over: 'above {threshold}'. */
  'recommendations.reason.above': string;
  /** An inclusive upper threshold the value sits on: 'at most {threshold}'. */
  'recommendations.reason.atMost': string;
  /** An inclusive lower threshold the value sits on: 'at least {threshold}'. */
  'recommendations.reason.atLeast': string;
  /** A value between two thresholds: '{lower} and {upper}'. */
  'recommendations.reason.bothBounds': string;
}

/** What `explainReasons` needs to put reasons into words. */
export interface ExplainOptions {
  /** The questionnaire the reasons come from, for its labels and units. */
  questionnaire: Questionnaire;
  /** The sentences, e.g. `reasonMessagesFor(locale)`, or the React kit's resolved UI words. */
  messages: ReasonMessages;
  /** The locale of labels, lists and numbers. */
  locale: string;
  /** ISO 4217 code for money; without it, money shows as a plain number. */
  currency?: string | undefined;
  /** The profile the reasons come from: its KPI units win over the questionnaire's. */
  profile?: { kpis: readonly Pick<KpiResult, 'id' | 'unit'>[] } | undefined;
}
