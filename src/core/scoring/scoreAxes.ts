import type { Answers } from '../answers/answers.types';

type AnswerValues = readonly (Answers[string] | undefined)[];
import { chosenOptionIds, type CompiledQuestion, type CompiledQuestionnaire } from '../questionnaire/compileQuestionnaire';
import type { Axis } from '../questionnaire/questionnaire.types';
import type { AxisContribution, AxisScore, AxisSide } from './scoring.types';

/** Default distance from the middle at which a position takes its pole's label (DOMAIN: ±40). */
export const DEFAULT_AXIS_THRESHOLD = 40;

/** One answer's position on an axis, −1…+1, or undefined when the answer says nothing about it. */
function positionOf({ question, options }: CompiledQuestion, value: Answers[string], axisId: string): number | undefined {
  if (question.type === 'likert') {
    const weight = question.axes?.[axisId];
    return weight === undefined ? undefined : (weight * ((value as number) - 3)) / 2;
  }
  if (typeof value === 'string') return options.get(value)?.axes?.[axisId];
  if (!Array.isArray(value)) return undefined;
  let sum = 0;
  let count = 0;
  for (const id of value) {
    const position = options.get(id)?.axes?.[axisId];
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

function scoreAxis(axis: Axis, compiled: CompiledQuestionnaire, values: AnswerValues, withContributions: boolean): AxisScore {
  const contributions: AxisContribution[] = [];
  // Summed in asking order, as the contributions list them, so the mean is the same either way.
  let sum = 0;
  let count = 0;
  for (let index = 0; index < compiled.questions.length; index += 1) {
    const entry = compiled.questions[index] as CompiledQuestion;
    const { question } = entry;
    const value = values[index];
    if (value === undefined) continue;
    const position = positionOf(entry, value, axis.id);
    if (position === undefined) continue;
    sum += position;
    count += 1;
    if (!withContributions) continue;
    const contribution: AxisContribution = { questionId: question.id, optionIds: chosenOptionIds(entry, value), position };
    if (typeof value === 'number') contribution.value = value;
    contributions.push(contribution);
  }
  const threshold = axis.threshold ?? DEFAULT_AXIS_THRESHOLD;
  const position = count > 0 ? (sum / count) * 100 : null;
  return { id: axis.id, position, side: sideOf(position, threshold), threshold, contributions };
}

/**
 * Places the answers on every axis: the mean of the answered questions' positions, × 100, listing
 * each contribution unless `withContributions` is false (batch scoring needs only the positions).
 * `values` holds the counted answers by question position (see getVisibleAnswers).
 */
export function scoreAxes(compiled: CompiledQuestionnaire, values: AnswerValues, withContributions = true): AxisScore[] {
  return (compiled.questionnaire.axes ?? []).map((axis) => scoreAxis(axis, compiled, values, withContributions));
}
