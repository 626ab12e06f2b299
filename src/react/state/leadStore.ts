import type { Issue } from '../../core';
import type { LeadValues } from '../useAssessment.types';

/** The lead-capture values and their errors after a failed submit. */
export interface LeadState {
  readonly values: LeadValues;
  readonly errors: Readonly<Record<string, readonly Issue[]>>;
}

/** A tiny store for the lead-capture fields, beside the assessment store: never scored, never stored. */
export interface LeadStore {
  getState(): LeadState;
  subscribe(listener: () => void): () => void;
  /** Sets one value and clears that field's error. */
  set(fieldId: string, value: string): void;
  /** Replaces the errors (an empty object clears them). */
  setErrors(errors: Readonly<Record<string, readonly Issue[]>>): void;
  /** Empties the values and errors. */
  reset(): void;
}

const EMPTY: LeadState = { values: {}, errors: {} };

/** Makes an empty lead store. */
export function createLeadStore(): LeadStore {
  let state = EMPTY;
  const listeners = new Set<() => void>();
  const update = (next: LeadState) => {
    if (next === state) return;
    state = next;
    for (const listener of [...listeners]) listener();
  };
  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    set(fieldId, value) {
      const { [fieldId]: _cleared, ...errors } = state.errors;
      update({ values: { ...state.values, [fieldId]: value }, errors: Object.hasOwn(state.errors, fieldId) ? errors : state.errors });
    },
    setErrors(errors) {
      if (Object.keys(errors).length === 0 && Object.keys(state.errors).length === 0) return;
      update({ values: state.values, errors });
    },
    reset: () => update(EMPTY),
  };
}
