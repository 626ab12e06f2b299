import type { Questionnaire } from '../questionnaire/questionnaire.types';
import type { SessionState } from './session.types';

const STATUSES: readonly unknown[] = ['in_progress', 'review', 'complete'];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * True when `state` is a well-formed session of this questionnaire, same id and same version: the
 * only kind of state `reduceSession` changes. A session of another questionnaire or version (a stale
 * one from storage, say) needs `createSession` again, or migrating first.
 * @example if (!isSessionFor(questionnaire, saved)) saved = createSession(questionnaire);
 */
export function isSessionFor(questionnaire: Questionnaire, state: unknown): state is SessionState {
  if (!isRecord(state)) return false;
  return (
    state.questionnaireId === questionnaire.id &&
    state.questionnaireVersion === questionnaire.version &&
    STATUSES.includes(state.status) &&
    (state.currentSectionId === null || typeof state.currentSectionId === 'string') &&
    isRecord(state.answers) &&
    isRecord(state.errors) &&
    Object.values(state.errors).every(Array.isArray) &&
    Array.isArray(state.visited)
  );
}
