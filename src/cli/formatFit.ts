import type { FitResult, Questionnaire } from '../core';
import type { CliWords } from './i18n/cliWords';
import { inSentence } from './inSentence';
import type { Labels } from './labelsOf';

/**
 * The market/practice fit in plain words, or null when the questionnaire defines no fit.
 * @example formatFit(profile.fit, questionnaire, labels, cliWordsFor('en'))
 * // 'Mismatch: you sell to businesses, which calls for B2B, but your practice is on the B2C side'
 */
export function formatFit(fit: FitResult, questionnaire: Questionnaire, labels: Labels, words: CliWords): string | null {
  const definition = questionnaire.fit;
  if (!definition) return null;
  if (fit.market === null) return words.say('fit.unknownMarket', { question: labels.question(definition.question) });
  const market = inSentence(labels.option(definition.question, fit.market), labels.locale);
  if (fit.side === null) return words.say('fit.unknownSide', { market, axis: labels.axis(definition.axis) });
  const pole = (side: 'positive' | 'negative') => inSentence(labels.pole(definition.axis, side), labels.locale);
  const practice = fit.side === 'mixed' ? words.say('fit.practiceBetween') : words.say('fit.practiceSide', { pole: pole(fit.side) });
  if (fit.target === null) return words.say('fit.noTarget', { market });
  if (fit.target === 'either') return words.say('fit.either', { market });
  const target = pole(fit.target);
  switch (fit.status) {
    case 'aligned':
      return words.say('fit.aligned', { market, practice });
    case 'mixed':
      return words.say('fit.mixed', { market, target, practice });
    case 'mismatch':
      return words.say('fit.mismatch', { market, target, practice });
    case 'unknown':
      return words.say('fit.unknown', { market });
  }
}
