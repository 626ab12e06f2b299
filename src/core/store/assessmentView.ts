import type { Questionnaire } from '../questionnaire/questionnaire.types';
import type { AnswerModel } from './answerModel';
import { currentStepIndex, isStepVisited } from './navigation';
import type { SectionStep, SessionProgress, SessionNavigation, SessionStep } from './session.types';
import type { StepLayout } from './stepLayout';
import type { AssessmentView } from './store.types';

function sameProgress(a: SessionProgress, b: SessionProgress): boolean {
  return a.stepNumber === b.stepNumber && a.stepCount === b.stepCount && a.answered === b.answered && a.total === b.total;
}

const EMPTY_PROGRESS: SessionProgress = { stepNumber: 0, stepCount: 0, answered: 0, total: 0, ratio: 0 };

/** `view` with the progress and counted answers of the model; `view` itself when neither moved. */
function withProgress(view: AssessmentView, layout: StepLayout, session: SessionNavigation, model: AssessmentModelCounts): AssessmentView {
  const { answeredCount: answered, visibleCount: total } = model;
  const current = view.currentStep ? view.currentStep.index : layout.length;
  const stepNumber = (session.status === 'complete' ? layout.length : current) + 1;
  const computed: SessionProgress = { stepNumber, stepCount: layout.length, answered, total, ratio: total === 0 ? 0 : answered / total };
  const progress = sameProgress(view.progress, computed) ? view.progress : computed;
  return progress === view.progress ? view : { steps: view.steps, currentStep: view.currentStep, progress };
}

/** The visible questions and those of them answered, that progress counts: the model's, or the quick check's. */
export type AssessmentModelCounts = Pick<AnswerModel, 'answeredCount' | 'visibleCount'>;

/**
 * The view of a session: its steps, current step and progress. Parts equal to `previous`'s are
 * `previous`'s own objects, so a memoised reader of one step or of the progress keeps its cache.
 */
export function buildView(
  questionnaire: Questionnaire,
  layout: StepLayout,
  session: SessionNavigation,
  model: AssessmentModelCounts,
  previous?: AssessmentView,
  previousInputs?: { layout: StepLayout; session: SessionNavigation },
): AssessmentView {
  // An answer that showed or hid nothing leaves the steps as they were: only the progress and the counted answers move.
  const before = previousInputs?.session;
  if (previous && before && previousInputs.layout === layout && before.status === session.status && before.currentSectionId === session.currentSectionId && before.visited === session.visited)
    return withProgress(previous, layout, session, model);
  const current = session.status === 'complete' ? -1 : currentStepIndex(questionnaire, layout, session);
  let changed = !previous || previous.steps.length !== layout.length + 1;
  const steps: SessionStep[] = layout.map((info, index) => {
    const isCurrent = index === current;
    const isVisited = isStepVisited(layout, session, index);
    const before = previous?.steps[index];
    if (before?.kind === 'section' && before.questions === info.questions && before.section === info.section && before.isCurrent === isCurrent && before.isVisited === isVisited)
      return before;
    changed = true;
    const step: SectionStep = { kind: 'section', index, sectionId: info.section.id, section: info.section, questions: info.questions, isCurrent, isVisited };
    return step;
  });
  const review = layout.length;
  const isCurrent = review === current;
  const isVisited = isStepVisited(layout, session, review);
  const beforeReview = previous?.steps[review];
  if (beforeReview?.kind === 'review' && beforeReview.isCurrent === isCurrent && beforeReview.isVisited === isVisited) steps.push(beforeReview);
  else {
    changed = true;
    steps.push({ kind: 'review', index: review, isCurrent, isVisited });
  }
  const currentStep = steps.find((step) => step.isCurrent) ?? null;
  if (previous && !changed) return withProgress(previous, layout, session, model);
  return withProgress({ steps, currentStep, progress: previous?.progress ?? EMPTY_PROGRESS }, layout, session, model);
}
