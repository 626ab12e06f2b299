import type { FitResult, Questionnaire } from '../core';
import type { Labels } from './labelsOf';

/** Lower-cases an English label's first letter so it reads inside a sentence; acronyms ("B2B …") stay. */
function inSentence(label: string, locale: string): string {
  return locale.startsWith('en') && /^\p{Lu}\p{Ll}/u.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
}

/**
 * The market/practice fit in plain words, or null when the questionnaire defines no fit.
 * @example formatFit(profile.fit, questionnaire, labels) // 'Mismatch: you sell to businesses, which calls for B2B, but your practice is on the B2C side'
 */
export function formatFit(fit: FitResult, questionnaire: Questionnaire, labels: Labels): string | null {
  const definition = questionnaire.fit;
  if (!definition) return null;
  if (fit.market === null) return `Unknown: answer "${labels.question(definition.question)}" to compare your market with your practice`;
  const market = `you sell to ${inSentence(labels.option(definition.question, fit.market), labels.locale)}`;
  if (fit.side === null) return `Unknown: ${market}, but no answer places your practice on the ${labels.axis(definition.axis)} axis yet`;
  const practice = fit.side === 'mixed' ? 'sits between the sides' : `is on the ${labels.pole(definition.axis, fit.side)} side`;
  if (fit.target === null) return `Unknown: ${market}, but the definition gives that market no side`;
  if (fit.target === 'either') return `Aligned: ${market}, which suits either side`;
  const calls = `which calls for ${labels.pole(definition.axis, fit.target)}`;
  switch (fit.status) {
    case 'aligned':
      return `Aligned: ${market}, and your practice ${practice}`;
    case 'mixed':
      return `Mixed: ${market}, ${calls}, but your practice ${practice}`;
    case 'mismatch':
      return `Mismatch: ${market}, ${calls}, but your practice ${practice}`;
    case 'unknown':
      return `Unknown: ${market}`;
  }
}
