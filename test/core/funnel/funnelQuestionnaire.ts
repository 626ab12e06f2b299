import type { Questionnaire } from '../../../src/core';
import { miniQuestionnaire } from '../../fixtures/miniQuestionnaire';

/**
 * The mini questionnaire with branching: a step shown only to B2B sellers (`deals`, between profile
 * and practice), and on practice a question (`community`) shown only to B2B and mixed sellers.
 */
export function funnelQuestionnaire(): Questionnaire {
  const mini = miniQuestionnaire();
  const [profile, practice, numbers] = mini.sections;
  const deals = {
    id: 'deals',
    title: 'Deals',
    questions: [
      { id: 'deal_size', type: 'number' as const, label: 'Average deal size', unit: 'currency' as const, min: 0, required: true, visibleIf: { question: 'market', equals: 'b2b' } },
      { id: 'cycle', type: 'likert' as const, label: 'Our sales cycle is short', visibleIf: { question: 'market', equals: 'b2b' } },
    ],
  };
  return { ...mini, id: 'funnel', sections: [profile!, deals, practice!, numbers!] };
}
