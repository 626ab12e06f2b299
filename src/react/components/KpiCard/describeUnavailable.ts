import type { KpiResult, KpiTerm, LocalisedText, Question, Questionnaire } from '../../../core';
import { formatList } from '../../../core/explain/formatList';
import { formatMessage } from '../../i18n/formatMessage';
import type { UiMessages } from '../../i18n/uiMessages.types';

/** What `describeUnavailable` needs besides the KPI. */
export interface DescribeUnavailableOptions {
  questionnaire: Questionnaire;
  messages: UiMessages;
  locale: string;
  /** The text of a definition label in the locale. */
  text: (value: LocalisedText | undefined) => string;
}

/** The question ids a KPI term reads. */
const termIds = (term: KpiTerm): readonly string[] => (typeof term === 'string' ? [term] : 'sum' in term ? term.sum : term.product);

/** Finds a question by id across the questionnaire's sections. */
function findQuestion(questionnaire: Questionnaire, id: string): Question | undefined {
  for (const section of questionnaire.sections) {
    const question = section.questions.find((candidate) => candidate.id === id);
    if (question) return question;
  }
  return undefined;
}

/** The figures at fault: those not given, or the divisor's figures that are 0 (all of a sum, which is 0 only as a whole). */
function figuresAtFault(kpi: KpiResult, denominator: KpiTerm | undefined): string[] {
  if (kpi.reason === 'missing_input') return Object.keys(kpi.inputs).filter((id) => kpi.inputs[id] === null);
  if (kpi.reason !== 'zero_divisor' || denominator === undefined) return [];
  const ids = termIds(denominator);
  return typeof denominator === 'object' && 'product' in denominator ? ids.filter((id) => kpi.inputs[id] === 0) : [...ids];
}

/**
 * Why a KPI has no value, in plain words that name the figures to give or to fix ("It needs your
 * figure for “Impressions”."), or the general sentence when the questionnaire cannot name them.
 * Undefined when the KPI has a value.
 */
export function describeUnavailable(kpi: KpiResult, options: DescribeUnavailableOptions): string | undefined {
  if (!kpi.reason) return undefined;
  const { questionnaire, messages, locale, text } = options;
  const definition = questionnaire.kpis?.find((candidate) => candidate.id === kpi.id);
  const questions = figuresAtFault(kpi, definition?.denominator).map((id) => findQuestion(questionnaire, id));
  const general = messages[`kpi.reason.${kpi.reason}`];
  if (questions.length === 0 || questions.some((question) => question === undefined)) return general;
  const names = questions.map((question) => formatMessage(messages, 'recommendations.reason.option', { option: text(question!.label) }, locale));
  const key = kpi.reason === 'missing_input' ? 'kpi.reason.missingFigures' : 'kpi.reason.zeroFigures';
  return formatMessage(messages, key, { count: names.length, figures: formatList(names, locale, 'and') }, locale);
}
