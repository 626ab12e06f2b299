import type { ReasonMessages } from '../../core/explain/explain.types';

/** Values that fill a UI message's `{placeholders}` and pick its plural branches (`{count, plural, one {…} other {…}}`). */
export type MessageValues = Readonly<Record<string, string | number>>;

/**
 * The kit's own words (buttons, headings, announcements), one flat catalog per locale. Texts of a
 * questionnaire come from the questionnaire; these are the words around them. The
 * `recommendations.reason.*` sentences are the core's (src/core/explain), shared with the CLI.
 */
export interface UiMessages extends ReasonMessages {
  'wizard.progress': string;
  'wizard.progressAnswered': string;
  'wizard.stepAnnouncement': string;
  'wizard.back': string;
  'wizard.next': string;
  'wizard.review': string;
  'wizard.submit': string;
  'wizard.restart': string;
  // issue 15: quick check
  'quickCheck.intro': string;
  'quickCheck.offerTitle': string;
  'quickCheck.offerText': string;
  'quickCheck.offerTextOneMinute': string;
  'quickCheck.deepen': string;
  'resume.title': string;
  'resume.description': string;
  'resume.descriptionDated': string;
  'resume.continue': string;
  'resume.startOver': string;
  'share.continue': string;
  'share.result': string;
  'share.privacy': string;
  'wizard.errorSummary': string;
  'wizard.required': string;
  'review.title': string;
  'review.description': string;
  'review.edit': string;
  'review.notAnswered': string;
  'review.lead': string;
  'result.title': string;
  'result.announcement': string;
  'likert.scale': string;
  'multi.max': string;
  /** Beside an option that brings more questions into view, so the count never grows unannounced. */
  'option.addsQuestions': string;
  'kpiPreview.label': string;
  'kpiPreview.pending': string;
  'field.required': string;
  'field.tooManyOptions': string;
  'field.outOfRange': string;
  'field.belowMin': string;
  'field.aboveMax': string;
  'field.notInteger': string;
  'field.invalidEmail': string;
  'field.textTooLong': string;
  'field.invalid': string;
  'error.title': string;
  'error.description': string;
  /** `AssessmentErrorPanel` with `cause="link"`: a share link that cannot be read. */
  'error.linkTitle': string;
  'error.linkDescription': string;
  /** The summary of the panel's disclosure holding each issue's path and code; `{count}` is a plural. */
  'error.details': string;
  'error.detailsConsole': string;
  'error.crash': string;
  'dialog.trigger': string;
  'dialog.close': string;
  'profile.title': string;
  'profile.index': string;
  'profile.indexScale': string;
  'profile.tier': string;
  'profile.cappedBy': string;
  'profile.completeness': string;
  'profile.provisional': string;
  'profile.noAnswers': string;
  'profile.noIndex': string;
  'profile.tierPending': string;
  'profile.orientationPosition': string;
  'profile.orientationMixed': string;
  'profile.orientationScale': string;
  'profile.orientationUnknown': string;
  'profile.fit.title': string;
  'profile.fit.aligned': string;
  'profile.fit.mixed': string;
  'profile.fit.mismatch': string;
  'profile.fit.unknown': string;
  'profile.strengths': string;
  'profile.gaps': string;
  'profile.none': string;
  'profile.scoreValue': string;
  /** The link from a profile's strengths and gaps to the chart that shows every dimension's score. */
  'profile.seeScores': string;
  'chart.title': string;
  'chart.dimension': string;
  'chart.score': string;
  'chart.notAnswered': string;
  'chart.you': string;
  'chart.legend': string;
  'benchmark.ahead': string;
  'benchmark.group': string;
  'benchmark.everyone': string;
  'benchmark.median': string;
  'benchmark.noPeerData': string;
  'distribution.title': string;
  'distribution.band': string;
  'distribution.companies': string;
  'distribution.share': string;
  'distribution.you': string;
  'distribution.yourBand': string;
  'distribution.summary': string;
  'distribution.summaryYou': string;
  'kpi.title': string;
  'kpi.notAvailable': string;
  'kpi.reason.missing_input': string;
  'kpi.reason.zero_divisor': string;
  /** The reasons above naming the figures (`{figures}`, quoted and listed) where the questionnaire labels them; `{count}` is a plural. */
  'kpi.reason.missingFigures': string;
  'kpi.reason.zeroFigures': string;
  'kpi.reason.overflow': string;
  'kpi.benchmark': string;
  'kpi.benchmarkSource': string;
  'kpi.benchmarkLink': string;
  'kpi.band.better': string;
  'kpi.band.typical': string;
  'kpi.band.worse': string;
  'kpi.target': string;
  'kpi.deltaUp': string;
  'kpi.deltaDown': string;
  'kpi.deltaSame': string;
  'kpi.deltaMeaning': string;
  'kpi.deltaBetter': string;
  'kpi.deltaWorse': string;
  'kpi.direction.higher': string;
  'kpi.direction.lower': string;
  'kpi.percentagePoints': string;
  'kpi.empty': string;
  'comparison.title': string;
  'comparison.dimension': string;
  'comparison.b2b': string;
  'comparison.b2c': string;
  'comparison.you': string;
  'comparison.notAnswered': string;
  'comparison.scoresTitle': string;
  'recommendations.title': string;
  'recommendations.empty': string;
  'recommendations.priority.high': string;
  'recommendations.priority.medium': string;
  'recommendations.priority.low': string;
  'recommendations.why': string;
  'recommendations.source': string;
  'recommendations.newTab': string;
  'recommendations.impact': string;
  'recommendations.showMore': string;
  'recommendations.showFewer': string;
  'network.title': string;
  'network.description': string;
  'network.ring': string;
  'network.strength': string;
  'network.level.none': string;
  'network.level.weak': string;
  'network.level.moderate': string;
  'network.level.strong': string;
  'network.notAnswered': string;
  'network.company': string;
  'network.tableCaption': string;
  'network.who': string;
  'network.strengthValue': string;
  'comparison.spread': string;
  'comparison.spreadDescription': string;
  'comparison.spreadUnknown': string;
  'comparison.mostDisagreement': string;
  'team.title': string;
  'team.disagreementTitle': string;
  'team.disagreementItem': string;
  'team.agreement': string;
  'team.tooFewAnswers': string;
  'team.empty': string;
  'export.title': string;
  'export.json': string;
  'export.csv': string;
  'export.print': string;
  // issue 15: focus mode
  'focus.question': string;
  'focus.questionWithError': string;
  'focus.timeLeft': string;
  'focus.timeLeftOneMinute': string;
  'focus.timeLeftUnderMinute': string;
  'focus.keysSingle': string;
  'focus.keysMulti': string;
  // issue 15: result at a glance
  'result.fit.aligned': string;
  'result.fit.alignedBetween': string;
  'result.fit.mixed': string;
  'result.fit.mismatch': string;
  'result.fit.noMarket': string;
  'result.fit.noMarketBetween': string;
  'result.orientation.leans': string;
  'result.orientation.between': string;
  'result.orientation.unknown': string;
  'result.details.profile': string;
  'result.details.moreRecommendationsOne': string;
  'result.details.moreRecommendationsMany': string;
}

/** A host's overrides or additions: any subset of the catalog. */
export type UiMessageOverrides = Partial<UiMessages>;

/** UI catalogs by locale (`{ fr: { 'wizard.next': 'Suivant', … } }`): the host's own locales, or rewordings of the kit's. */
export type UiCatalogs = Readonly<Record<string, UiMessageOverrides>>;
