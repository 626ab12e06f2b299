import { localise, type Questionnaire } from '../core';

/** Localised labels of a questionnaire's parts by id; an unknown id is shown as itself. */
export interface Labels {
  locale: string;
  dimension: (id: string) => string;
  tier: (id: string) => string;
  kpi: (id: string) => string;
  question: (id: string) => string;
  option: (questionId: string, optionId: string) => string;
  axis: (id: string) => string;
  /** The label of an axis pole; its end of the scale (`-100`, `+100`) when the axis is unknown. */
  pole: (axisId: string, side: 'positive' | 'negative') => string;
}

/**
 * Builds the label lookups for one questionnaire and locale.
 * @example labelsOf(questionnaire, 'zh-Hant').dimension('platforms')
 */
export function labelsOf(questionnaire: Questionnaire, locale: string): Labels {
  const text = (items: readonly { id: string; label: Parameters<typeof localise>[0] }[] | undefined) => {
    const map = new Map((items ?? []).map((item) => [item.id, localise(item.label, locale)]));
    return (id: string) => map.get(id) ?? id;
  };
  const questions = questionnaire.sections.flatMap((section) => section.questions);
  const byId = new Map(questions.map((question) => [question.id, question]));
  return {
    locale,
    dimension: text(questionnaire.dimensions),
    tier: text(questionnaire.tiers),
    kpi: text(questionnaire.kpis),
    question: text(questions),
    option: (questionId, optionId) => {
      const question = byId.get(questionId);
      const option = question && 'options' in question ? question.options.find((o) => o.id === optionId) : undefined;
      return option ? localise(option.label, locale) : optionId;
    },
    axis: text(questionnaire.axes),
    pole: (axisId, side) => {
      const axis = questionnaire.axes?.find((candidate) => candidate.id === axisId);
      // No words of our own here: an unknown axis still reads the same in every locale.
      if (!axis) return side === 'positive' ? '+100' : '-100';
      return localise(side === 'positive' ? axis.positivePole : axis.negativePole, locale);
    },
  };
}
