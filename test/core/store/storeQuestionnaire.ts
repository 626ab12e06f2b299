import {
  createAssessmentStore,
  parseQuestionnaire,
  prettifyIssues,
  type AssessmentStore,
  type AssessmentStoreOptions,
  type AssessmentView,
  type Questionnaire,
  type SessionAction,
  type SessionState,
} from '../../../src/core';

/**
 * Three sections: `company` (a required choice, a number from 1 to 500), `b2b` (shown only to
 * companies that sell to businesses: a multi choice of at most 2, a required Likert question), and
 * `contact` (an optional email, a number from 0 to 10 000).
 */
export function storeQuestionnaire(overrides: Partial<Questionnaire> = {}): Questionnaire {
  const result = parseQuestionnaire({
    id: 'session-test',
    version: '1',
    title: 'Session test',
    locales: ['en'],
    dimensions: [{ id: 'practice', label: 'Practice' }],
    tiers: [{ id: 'all', label: 'All', min: 0, max: 100 }],
    sections: [
      {
        id: 'company',
        title: 'Company',
        questions: [
          {
            id: 'market',
            type: 'single',
            label: 'Who do you sell to?',
            required: true,
            options: [
              { id: 'b2b', label: 'Businesses' },
              { id: 'b2c', label: 'Consumers' },
              { id: 'both', label: 'Both' },
            ],
          },
          { id: 'team_size', type: 'number', label: 'Marketing team size', min: 1, max: 500, integer: true },
        ],
      },
      {
        id: 'b2b',
        title: 'B2B practice',
        questions: [
          {
            id: 'platforms',
            type: 'multi',
            label: 'Main platforms',
            max: 2,
            visibleIf: { question: 'market', in: ['b2b', 'both'] },
            options: [
              { id: 'linkedin', label: 'LinkedIn', points: { practice: 3 } },
              { id: 'x', label: 'X', points: { practice: 2 } },
              { id: 'tiktok', label: 'TikTok', points: { practice: 0 } },
            ],
          },
          {
            id: 'lead_quality',
            type: 'likert',
            label: 'We track lead quality',
            required: true,
            points: { practice: 4 },
            visibleIf: { question: 'market', in: ['b2b', 'both'] },
          },
        ],
      },
      {
        id: 'contact',
        title: 'Contact',
        questions: [
          { id: 'email', type: 'email', label: 'Email' },
          { id: 'monthly_leads', type: 'number', label: 'Leads per month', min: 0, max: 10000 },
        ],
      },
    ],
    ...overrides,
  });
  if (!result.ok) throw new Error(prettifyIssues(result.issues));
  return result.value;
}

/** Freezes a value and everything in it, so any mutation by the code under test throws. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/*
 * The tests read sessions as values and branch from them (answer, then try two different moves), as
 * they did when the session was a pure reducer. Each session state remembers the store it came from
 * and the actions that led to it: running on from the store's current state uses that store (so an
 * action that changes nothing gives back the very same state); running on from an earlier one
 * replays its history on a new store, which the store's determinism makes equivalent.
 */
interface History {
  store: AssessmentStore;
  questionnaire: Questionnaire;
  options: AssessmentStoreOptions;
  actions: readonly SessionAction[];
}
const histories = new WeakMap<SessionState, History>();

/** A fresh store's session: `createAssessmentStore(questionnaire, options).getState().session`. */
export function startSession(questionnaire: Questionnaire, options: AssessmentStoreOptions = {}): SessionState {
  const store = createAssessmentStore(questionnaire, options);
  const session = store.getState().session;
  histories.set(session, { store, questionnaire, options, actions: [] });
  return session;
}

function storeAt(state: SessionState): History {
  const history = histories.get(state);
  if (!history) throw new Error('not a session from startSession or run');
  if (history.store.getState().session === state) return history;
  const store = createAssessmentStore(history.questionnaire, history.options);
  for (const action of history.actions) store.dispatch(action);
  return { ...history, store };
}

/** Runs actions in order through the store of `state`; returns the session after them. */
export const runOn =
  (_questionnaire: Questionnaire) =>
  (state: SessionState, ...actions: SessionAction[]): SessionState => {
    const history = storeAt(state);
    for (const action of actions) history.store.dispatch(action);
    const session = history.store.getState().session;
    if (!histories.has(session)) histories.set(session, { ...history, actions: [...history.actions, ...actions] });
    return session;
  };

/** The store's view (steps, current step, progress) where `state` stands. */
export function viewOf(state: SessionState): AssessmentView {
  return storeAt(state).store.getState().view;
}

/** An `answer` action; the value is loosely typed so tests can send what a careless host would. */
export const answer = (questionId: string, value: unknown): SessionAction => ({ type: 'answer', questionId, value }) as SessionAction;
