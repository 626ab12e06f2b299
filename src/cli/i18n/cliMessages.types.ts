/**
 * The CLI's own words around a profile (headings, column names, markers, the fit sentence), one flat
 * catalog per locale; placeholders in `{braces}`. The questionnaire's texts come from the
 * questionnaire, the reasons' sentences from the core's shared formatter. Keys ending `.one` /
 * `.other` are picked by `Intl.PluralRules`.
 */
export interface CliMessages {
  'summary.index': string;
  'summary.indexValue': string;
  'summary.indexProvisional': string;
  'summary.noIndex': string;
  'summary.tier': string;
  'summary.tierCapped': string;
  'summary.tierPending.one': string;
  'summary.tierPending.other': string;
  'summary.completeness': string;
  'summary.completenessValue': string;
  'summary.fit': string;
  'axis.side': string;
  'axis.mixed': string;
  'axis.none': string;
  'fit.unknownMarket': string;
  'fit.unknownSide': string;
  'fit.noTarget': string;
  'fit.either': string;
  'fit.aligned': string;
  'fit.mixed': string;
  'fit.mismatch': string;
  'fit.unknown': string;
  'fit.practiceSide': string;
  'fit.practiceBetween': string;
  'dimensions.heading': string;
  'dimensions.dimension': string;
  'dimensions.score': string;
  'dimensions.points': string;
  'dimensions.strength': string;
  'dimensions.gap': string;
  'dimensions.notEnoughAnswers': string;
  'kpis.heading': string;
  'kpis.kpi': string;
  'kpis.value': string;
  'kpis.benchmark': string;
  'kpis.none': string;
  'kpi.notAvailable': string;
  'kpi.reason.missing_input': string;
  'kpi.reason.zero_divisor': string;
  'kpi.reason.overflow': string;
  'kpi.inYourCurrency': string;
  'kpi.noBenchmark': string;
  'kpi.benchmarkOnly': string;
  'kpi.below': string;
  'kpi.within': string;
  'kpi.above': string;
  'kpi.standing': string;
  'kpi.typical': string;
  'kpi.better': string;
  'kpi.worse': string;
  'recommendations.heading': string;
  'recommendations.none': string;
  'recommendations.priority.high': string;
  'recommendations.priority.medium': string;
  'recommendations.priority.low': string;
  'recommendations.source': string;
  'recommendations.why': string;
  'recommendations.more.one': string;
  'recommendations.more.other': string;
  'issues.count.one': string;
  'issues.count.other': string;
}

/** A key of `CliMessages` without its plural ending, for counted messages. */
export type CountedKey = {
  [K in keyof CliMessages]: K extends `${infer Base}.one` ? Base : never;
}[keyof CliMessages];
