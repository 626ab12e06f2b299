import type { LocalisedText, PeerBenchmark, PeerSegment, Question, Questionnaire } from '../../core';
import { formatMessage } from '../i18n/formatMessage';
import type { UiMessages } from '../i18n/uiMessages.types';
import { formatValue } from './formatValue';

/** What `describePeerGroup` needs besides the segment. */
export interface DescribePeerGroupOptions {
  benchmark: PeerBenchmark;
  questionnaire: Questionnaire;
  messages: UiMessages;
  locale: string;
  /** The text of a definition label in the locale. */
  text: (value: LocalisedText | undefined) => string;
}

/** Finds a question by id across the questionnaire's sections. */
function findQuestion(questionnaire: Questionnaire, id: string): Question | undefined {
  for (const section of questionnaire.sections) {
    const question = section.questions.find((candidate) => candidate.id === id);
    if (question) return question;
  }
  return undefined;
}

/**
 * Who the peers are, in the questionnaire's own option labels and in the benchmark's `by` order
 * ("Businesses and other organisations (B2B) · 10–49"); everyone in the benchmark for the root segment.
 * An option the questionnaire does not know shows its id rather than nothing.
 */
export function peerGroupName(segment: PeerSegment, { benchmark, questionnaire, messages, text }: DescribePeerGroupOptions): string {
  const ids = benchmark.by.filter((id) => Object.hasOwn(segment.key, id));
  if (ids.length === 0) return messages['benchmark.everyone'];
  return ids
    .map((id) => {
      const value = segment.key[id];
      const question = findQuestion(questionnaire, id);
      const option = question && 'options' in question ? question.options.find((candidate) => candidate.id === value) : undefined;
      return option ? text(option.label) : String(value);
    })
    .join(' · ');
}

/** "Compared with Businesses and other organisations (B2B) · 10–49: 340 companies". */
export function describePeerGroup(segment: PeerSegment, options: DescribePeerGroupOptions): string {
  return formatMessage(options.messages, 'benchmark.group', {
    group: peerGroupName(segment, options),
    count: formatValue(segment.count, 'count', { locale: options.locale }),
  }, options.locale);
}
