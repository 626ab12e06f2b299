import type { SessionState } from './session.types';
import type { SessionView } from './sessionView';

/**
 * The current step's position among the view's steps; `steps.length` stands for review (and for
 * the result, once complete).
 */
export function currentStepIndex(view: SessionView, state: SessionState): number {
  if (state.status !== 'in_progress') return view.steps.length;
  const found = view.steps.findIndex((step) => step.section.id === state.currentSectionId);
  if (found >= 0) return found;
  // The current section has just been hidden (an answer elsewhere changed), or the state was made by
  // hand: the step that now stands in its place is the next one in questionnaire order.
  const sectionIndex = view.compiled.questionnaire.sections.findIndex((section) => section.id === state.currentSectionId);
  if (sectionIndex < 0) return 0;
  const after = view.steps.findIndex((step) => step.sectionIndex > sectionIndex);
  return after >= 0 ? after : view.steps.length;
}

/** True when the respondent has been on step `index`; review counts once every section step has. */
export function isStepVisited(view: SessionView, state: SessionState, index: number): boolean {
  const step = view.steps[index];
  if (step) return state.visited.includes(step.section.id);
  return view.steps.every((each) => state.visited.includes(each.section.id));
}

/** The state on step `index` (`steps.length`: review), with that step marked visited. */
export function moveTo(view: SessionView, state: SessionState, index: number): SessionState {
  const step = view.steps[index];
  if (!step) return { ...state, status: 'review', currentSectionId: null };
  const id = step.section.id;
  const visited = state.visited.includes(id) ? state.visited : [...state.visited, id];
  return { ...state, status: 'in_progress', currentSectionId: id, visited };
}

/** The position a target names among the view's steps, or -1 when it is not a step now. */
export function targetIndex(view: SessionView, target: { sectionId?: unknown; step?: unknown }): number {
  if (target.step === 'review') return view.steps.length;
  if (typeof target.sectionId !== 'string') return -1;
  return view.steps.findIndex((step) => step.section.id === target.sectionId);
}
