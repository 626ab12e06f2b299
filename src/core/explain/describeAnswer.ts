import { isAnswered } from '../answers/isAnswered';
import type { AnswerValue } from '../answers/answers.types';
import { localise } from '../i18n/localise';
import { compileQuestionnaire } from '../questionnaire/compileQuestionnaire';
import type { Question } from '../questionnaire/questionnaire.types';
import type { RuleReason } from '../scoring/scoring.types';
import type { ExplainOptions } from './explain.types';
import { fillMessage } from './fillMessage';
import { formatComparison } from './formatComparison';
import { formatList } from './formatList';
import { formatNumber } from './formatNumber';

/** The most options a "you did not choose …" sentence names. */
const MAX_NAMED_MISSES = 3;

/** A reason on an answer. */
export type AnswerReason = Extract<RuleReason, { kind: 'answer' }>;

/** The question a reason names, from the questionnaire's compiled lookups (built once per questionnaire). */
function findQuestion(options: ExplainOptions, id: string): Question | undefined {
  return compileQuestionnaire(options.questionnaire).byId.get(id)?.question;
}

/** Option ids the rule looked for in a multi-choice answer: those it found, and those it missed. */
function lookedFor(reason: AnswerReason, chosen: readonly unknown[]): { found: string[]; missed: string[] } {
  const found = new Set<string>();
  const missed = new Set<string>();
  for (const comparison of reason.comparisons ?? []) {
    const ids = comparison.op === 'includes' ? [comparison.value] : comparison.op === 'in' ? comparison.value.map(String) : [];
    for (const id of ids) {
      if (comparison.negated) missed.add(id);
      // A held `in` matched some of its ids: name only those the respondent chose.
      else if (chosen.includes(id)) found.add(id);
    }
  }
  return { found: [...found], missed: [...missed] };
}

/** A single answer as the respondent would say it: an option's label, "4 of 5", a formatted number, or the text. */
function answerText(question: Question | undefined, value: unknown, label: (id: unknown) => string, options: ExplainOptions): string {
  const { locale, currency, messages } = options;
  if (typeof value === 'number') {
    if (question?.type === 'likert') return fillMessage(messages['recommendations.reason.likert'], { value: formatNumber(value, 'count', { locale }) });
    return formatNumber(value, question?.type === 'number' ? question.unit : undefined, { locale, currency });
  }
  return question && 'options' in question ? label(value) : String(value);
}

/**
 * One answer's reasons in a sentence, never in condition syntax: the answer given, the options a
 * rule looked for and found or missed, or that the question was left unanswered.
 * @example describeAnswer(reason, { questionnaire, messages: reasonMessagesEn, locale: 'en' })
 * // 'You did not choose “LinkedIn” for “Which platforms do you use?”.'
 */
export function describeAnswer(reason: AnswerReason, options: ExplainOptions): string {
  const { messages, locale, currency } = options;
  const question = findQuestion(options, reason.questionId);
  const questionLabel = question ? localise(question.label, locale) : reason.questionId;
  const value = reason.value;
  if (value === null || !isAnswered(value as AnswerValue | undefined)) {
    return fillMessage(messages['recommendations.reason.unanswered'], { question: questionLabel });
  }
  const label = (id: unknown) => {
    const option = question && 'options' in question ? question.options.find((candidate) => candidate.id === id) : undefined;
    return option ? localise(option.label, locale) : String(id);
  };
  // Each label in its own quotes: a label may hold "and" or a comma itself, and a list must still read as a list.
  const quoted = (ids: readonly unknown[], joiner: 'and' | 'or') =>
    formatList(ids.map((id) => fillMessage(messages['recommendations.reason.option'], { option: label(id) })), locale, joiner);
  if (Array.isArray(value)) {
    const { found, missed } = lookedFor(reason, value);
    // What a rule missed is why it fired ("you did not choose LinkedIn"); past a few, a list of misses
    // is longer than what was chosen, which then says it in fewer words ("you chose only Reach").
    if (missed.length > MAX_NAMED_MISSES)
      return fillMessage(messages['recommendations.reason.chosenOnly'], { options: quoted(value, 'and'), question: questionLabel });
    if (missed.length > 0) return fillMessage(messages['recommendations.reason.notChosen'], { options: quoted(missed, 'or'), question: questionLabel });
    return fillMessage(messages['recommendations.reason.chosen'], { options: quoted(found.length > 0 ? found : value, 'and'), question: questionLabel });
  }
  const text = answerText(question, value, label, options);
  const unit = question?.type === 'number' ? question.unit : undefined;
  const comparison =
    typeof value === 'number' ? formatComparison(reason.comparisons, value, (threshold) => formatNumber(threshold, unit, { locale, currency }), messages) : null;
  return comparison === null
    ? fillMessage(messages['recommendations.reason.answer'], { value: text, question: questionLabel })
    : fillMessage(messages['recommendations.reason.answerCompared'], { value: text, question: questionLabel, comparison });
}
