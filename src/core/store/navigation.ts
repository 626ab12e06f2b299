import type { Questionnaire } from '../questionnaire/questionnaire.types';
import type { SessionNavigation } from './session.types';
import type { StepLayout } from './stepLayout';

/**
 * The current step's position among the steps; `steps.length` stands for review (and for the
 * result, once complete).
 */
export function currentStepIndex(questionnaire: Questionnaire, steps: StepLayout, state: SessionNavigation): number {
  if (state.status !== 'in_progress') return steps.length;
  const found = steps.findIndex((step) => step.section.id === state.currentSectionId);
  if (found >= 0) return found;
  // The current section has just been hidden by an answer elsewhere: the step that now stands in
  // its place is the next one in questionnaire order.
  const sectionIndex = questionnaire.sections.findIndex((section) => section.id === state.currentSectionId);
  if (sectionIndex < 0) return 0;
  const after = steps.findIndex((step) => step.sectionIndex > sectionIndex);
  return after >= 0 ? after : steps.length;
}

/** True when the respondent has been on step `index`; review counts once every section step has. */
export function isStepVisited(steps: StepLayout, state: SessionNavigation, index: number): boolean {
  const step = steps[index];
  if (step) return state.visited.includes(step.section.id);
  return steps.every((each) => state.visited.includes(each.section.id));
}

/** The state on step `index` (`steps.length`: review), with that step marked visited. */
export function moveTo(steps: StepLayout, state: SessionNavigation, index: number): SessionNavigation {
  const step = steps[index];
  if (!step) return state.status === 'review' ? state : { ...state, status: 'review', currentSectionId: null };
  const id = step.section.id;
  if (state.status === 'in_progress' && state.currentSectionId === id && state.visited.includes(id)) return state;
  const visited = state.visited.includes(id) ? state.visited : [...state.visited, id];
  return { ...state, status: 'in_progress', currentSectionId: id, visited };
}

/** The position a target names among the steps, or -1 when it is not a step now. */
export function targetIndex(steps: StepLayout, target: { sectionId?: unknown; step?: unknown }): number {
  if (target.step === 'review') return steps.length;
  if (typeof target.sectionId !== 'string') return -1;
  return steps.findIndex((step) => step.section.id === target.sectionId);
}
