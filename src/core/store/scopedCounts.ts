import type { CompiledQuestionnaire } from '../questionnaire/compileQuestionnaire';
import type { AnswerModel } from './answerModel';
import type { AssessmentModelCounts } from './assessmentView';
import type { StepLayout } from './stepLayout';

/**
 * The questions progress counts when the steps ask only some of the visible ones (the quick check):
 * those on the steps, and how many of them have a counted answer.
 */
export function scopedCounts(compiled: CompiledQuestionnaire, layout: StepLayout, model: AnswerModel): AssessmentModelCounts {
  let visibleCount = 0;
  let answeredCount = 0;
  for (const step of layout)
    for (const question of step.questions) {
      visibleCount += 1;
      if (model.values[compiled.byId.get(question.id)!.order] !== undefined) answeredCount += 1;
    }
  return { visibleCount, answeredCount };
}
