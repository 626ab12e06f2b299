import type { CompiledQuestionnaire } from '../questionnaire/compileQuestionnaire';

/**
 * The positions of the questions that describe a company rather than score it: single choice, and no
 * option earns points in any market or places the company on an axis (market, deal size, company
 * size …). Their answers are what peers are grouped by.
 */
export function descriptivePositions(compiled: CompiledQuestionnaire): number[] {
  return compiled.questions.filter((entry) => entry.question.type === 'single' && !entry.isScorable).map((entry) => entry.order);
}
