import type { AxisScore } from '../core';
import type { CliWords } from './i18n/cliWords';
import { inSentence } from './inSentence';
import type { Labels } from './labelsOf';

/** A signed, whole-number axis position: `+48`, `-12`, `0`. */
export function formatPosition(position: number): string {
  const rounded = Math.round(position);
  return rounded > 0 ? `+${rounded}` : String(rounded === 0 ? 0 : rounded);
}

/**
 * An axis position for people, with its scale.
 * @example formatAxis(axis, labels, cliWordsFor('en')) // '+48 (B2B side; -100 = B2C, +100 = B2B)'
 */
export function formatAxis(axis: AxisScore, labels: Labels, words: CliWords): string {
  const scale = `-100 = ${labels.pole(axis.id, 'negative')}, +100 = ${labels.pole(axis.id, 'positive')}`;
  if (axis.position === null || axis.side === null) return words.say('axis.none', { scale });
  const position = formatPosition(axis.position);
  if (axis.side === 'mixed') return words.say('axis.mixed', { position, scale });
  return words.say('axis.side', { position, pole: inSentence(labels.pole(axis.id, axis.side), labels.locale), scale });
}
