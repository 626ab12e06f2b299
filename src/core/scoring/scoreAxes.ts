import type { Answers } from '../answers/answers.types';
import { chosenOptionIds, type CompiledQuestion, type CompiledQuestionnaire } from '../questionnaire/compileQuestionnaire';
import type { Axis } from '../questionnaire/questionnaire.types';
import type { AxisContribution, AxisScore, AxisSide } from './scoring.types';

/** Default distance from the middle at which a position takes its pole's label (DOMAIN: ±40). */
export const DEFAULT_AXIS_THRESHOLD = 40;

/** One answer's position on an axis, −1…+1, or undefined when the answer says nothing about it. */
function positionOf({ question, optionAxes }: CompiledQuestion, value: Answers[string], axisId: string): number | undefined {
  if (question.type === 'likert') {
    const weight = question.axes?.[axisId];
    return weight === undefined ? undefined : (weight * ((value as number) - 3)) / 2;
  }
  const positions = optionAxes.get(axisId);
  if (!positions) return undefined;
  if (typeof value === 'string') return positions.get(value);
  if (!Array.isArray(value)) return undefined;
  let sum = 0;
  let count = 0;
  for (const id of value) {
    const position = positions.get(id);
    if (position !== undefined) (sum += position), (count += 1);
  }
  return count > 0 ? sum / count : undefined;
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
  for (const entry of compiled.questions) {
    const { question } = entry;
    const value = answers[question.id];
    if (value === undefined) continue;
    const position = positionOf(entry, value, axis.id);
    if (position === undefined) continue;
    const contribution: AxisContribution = { questionId: question.id, optionIds: chosenOptionIds(entry, value), position };
    if (typeof value === 'number') contribution.value = value;
    contributions.push(contribution);
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
