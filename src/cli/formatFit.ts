import type { FitResult, Questionnaire } from '../core';
import { sideLabel } from './formatAxis';
import type { Labels } from './labelsOf';

/**
 * The market/practice fit in plain words, or null when the questionnaire defines no fit.
 * @example formatFit(profile.fit, questionnaire, labels) // 'Mismatch: you sell to businesses (B2B) but your practice leans B2C'
 */
export function formatFit(fit: FitResult, questionnaire: Questionnaire, labels: Labels): string | null {
  const definition = questionnaire.fit;
  if (!definition) return null;
  if (fit.market === null) return `Unknown: answer "${labels.question(definition.question)}" to compare your market with your practice`;
  const market = `you sell to ${labels.option(definition.question, fit.market)}`;
  if (fit.side === null) return `Unknown: ${market}, but no answer places your practice on the orientation axis yet`;
  const leans = fit.side === 'mixed' ? 'sits between the two' : `leans ${sideLabel(labels, definition.axis, fit.side)}`;
  const calls = fit.target === null || fit.target === 'either' ? '' : ` (which calls for ${sideLabel(labels, definition.axis, fit.target)})`;
  switch (fit.status) {
    case 'aligned':
      return fit.target === 'either' ? `Aligned: ${market}, which suits either approach` : `Aligned: ${market} and your practice ${leans}`;
    case 'mixed':
      return `Mixed: ${market}${calls} but your practice ${leans}`;
    case 'mismatch':
      return `Mismatch: ${market}${calls} but your practice ${leans}`;
    case 'unknown':
      return `Unknown: ${market}, but its target pole is not defined`;
  }
}
