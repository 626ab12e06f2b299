/**
 * readiness-kit/core: the headless core. Schemas, validation, scoring, KPIs, recommendations and
 * the wizard's session reducer, plus the bundled social-media assessment. Never imports React.
 */
export type * from './questionnaire/questionnaire.types';
export { defineQuestionnaire } from './questionnaire/defineQuestionnaire';
export { parseQuestionnaire, isValidatedQuestionnaire } from './questionnaire/parseQuestionnaire';
export type { Answers, AnswerValue } from './answers/answers.types';
export { validateAnswers, validateAnswer, type ValidateAnswersOptions } from './answers/validateAnswers';
export { isAnswered } from './answers/isAnswered';
export { conditionHolds, evaluateCondition, type ConditionContext } from './conditions/evaluateCondition';
export { scoreAnswers } from './scoring/scoreAnswers';
export type * from './scoring/scoring.types';
export { computeKpi, computeKpis } from './kpis/computeKpis';
export { getRecommendations } from './recommendations/getRecommendations';
export { localise, localeChain, DEFAULT_LOCALE } from './i18n/localise';
export {
  createIssue,
  formatPath,
  prettifyIssues,
  ReadinessError,
  type Issue,
  type IssueCode,
  type IssueParams,
  type Result,
} from './errors';
export { formatIssueMessage } from './issueMessages';
export * from './session';
export { socialMediaAssessment } from '../content/social-media';
