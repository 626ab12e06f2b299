import type { Answers } from '../answers/answers.types';
import type { Questionnaire } from '../questionnaire/questionnaire.types';
import type { AxisScore, FitResult } from './scoring.types';

/**
 * Compares the market the company sells to with the orientation of its practice. A mismatch is the
 * seeds' key warning: a B2B seller running a B2C-style strategy, or the reverse.
 */
export function getFit(questionnaire: Questionnaire, answers: Answers, axes: readonly AxisScore[]): FitResult {
  const definition = questionnaire.fit;
  const market = definition && typeof answers[definition.question] === 'string' ? (answers[definition.question] as string) : null;
  const target = definition && market !== null ? (definition.targets[market] ?? null) : null;
  const axis = definition ? axes.find((candidate) => candidate.id === definition.axis) : undefined;
  const position = axis?.position ?? null;
  const side = axis?.side ?? null;
  let status: FitResult['status'] = 'unknown';
  if (target !== null && side !== null) {
    if (target === 'either' || side === target) status = 'aligned';
    else status = side === 'mixed' ? 'mixed' : 'mismatch';
  }
  return { status, isMismatch: status === 'mismatch', market, target, axis: definition?.axis ?? null, position, side };
}
