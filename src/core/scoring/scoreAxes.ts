import type { Answers } from '../answers/answers.types';
import type { CompiledQuestionnaire } from '../questionnaire/compileQuestionnaire';
import type { Axis, Question } from '../questionnaire/questionnaire.types';
import type { AxisContribution, AxisScore, AxisSide } from './scoring.types';

/** Default distance from the middle at which a position takes its pole's label (DOMAIN: ±40). */
export const DEFAULT_AXIS_THRESHOLD = 40;

/** One answer's position on an axis, −1…+1, or undefined when the answer says nothing about it. */
function positionOf(question: Question, value: Answers[string], axisId: string): number | undefined {
  switch (question.type) {
    case 'single':
      return question.options.find((option) => option.id === value)?.axes?.[axisId];
    case 'multi': {
      const positions = question.options
        .filter((option) => (value as readonly string[]).includes(option.id))
        .map((option) => option.axes?.[axisId])
        .filter((position): position is number => position !== undefined);
      return positions.length > 0 ? positions.reduce((sum, p) => sum + p, 0) / positions.length : undefined;
    }
    case 'likert': {
      const weight = question.axes?.[axisId];
      return weight === undefined ? undefined : (weight * ((value as number) - 3)) / 2;
    }
    default:
      return undefined;
  }
}

/** Names the side of an axis a position falls on. */
export function sideOf(position: number | null, threshold: number): AxisSide | null {
  if (position === null) return null;
  if (position >= threshold) return 'positive';
  if (position <= -threshold) return 'negative';
  return 'mixed';
}

function scoreAxis(axis: Axis, compiled: CompiledQuestionnaire, answers: Answers): AxisScore {
  const contributions: AxisContribution[] = [];
  for (const { question } of compiled.questions) {
    const value = answers[question.id];
    if (value === undefined) continue;
    const position = positionOf(question, value, axis.id);
    if (position === undefined) continue;
    contributions.push({
      questionId: question.id,
      optionIds: typeof value === 'string' ? [value] : Array.isArray(value) ? [...value] : [],
      ...(typeof value === 'number' ? { value } : {}),
      position,
    });
  }
  const threshold = axis.threshold ?? DEFAULT_AXIS_THRESHOLD;
  const position =
    contributions.length > 0 ? (contributions.reduce((sum, c) => sum + c.position, 0) / contributions.length) * 100 : null;
  return { id: axis.id, position, side: sideOf(position, threshold), threshold, contributions };
}

/** Places the answers on every axis: the mean of the answered questions' positions, × 100. */
export function scoreAxes(compiled: CompiledQuestionnaire, answers: Answers): AxisScore[] {
  return (compiled.questionnaire.axes ?? []).map((axis) => scoreAxis(axis, compiled, answers));
}
