import { parseQuestionnaire, prettifyIssues, type Questionnaire } from '../../../src/core';
import { reduceSession, type SessionAction, type SessionState } from '../../../src/core/session';

/**
 * Three sections: `company` (a required choice, a number from 1 to 500), `b2b` (shown only to
 * companies that sell to businesses: a multi choice of at most 2, a required Likert question), and
 * `contact` (an optional email, a number from 0 to 10 000).
 */
export function sessionQuestionnaire(overrides: Partial<Questionnaire> = {}): Questionnaire {
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

/** Runs actions in order through the reducer of `questionnaire`. */
export const runOn =
  (questionnaire: Questionnaire) =>
  (state: SessionState, ...actions: SessionAction[]): SessionState =>
    actions.reduce((current, action) => reduceSession(questionnaire, current, action), state);

/** An `answer` action; the value is loosely typed so tests can send what a careless host would. */
export const answer = (questionId: string, value: unknown): SessionAction => ({ type: 'answer', questionId, value }) as SessionAction;
