import type { CompiledQuestionnaire } from '../questionnaire/compileQuestionnaire';
import type { Questionnaire } from '../questionnaire/questionnaire.types';

const scopes = new WeakMap<CompiledQuestionnaire, readonly boolean[]>();
const scorings = new WeakMap<CompiledQuestionnaire, CompiledQuestionnaire>();

/** True when the definition declares a quick check. */
export const hasQuickCheck = (questionnaire: Questionnaire): boolean => (questionnaire.quickCheck?.questions.length ?? 0) > 0;

/** By question position: whether the quick check asks it. Every position is `true` without a quick check. */
export function quickCheckPositions(compiled: CompiledQuestionnaire): readonly boolean[] {
  let positions = scopes.get(compiled);
  if (!positions) {
    const ids = new Set(compiled.questionnaire.quickCheck?.questions ?? compiled.questions.map((entry) => entry.question.id));
    positions = compiled.questions.map((entry) => ids.has(entry.question.id));
    scopes.set(compiled, positions);
  }
  return positions;
}

/**
 * The compiled questionnaire the quick check scores with: the same questions and positions, with the
 * quick check's own `minAnswersPerDimension`. Completeness is still counted over the full
 * questionnaire, so the quick check's profile stays provisional.
 */
export function quickCheckScoring(compiled: CompiledQuestionnaire): CompiledQuestionnaire {
  const { questionnaire } = compiled;
  const minAnswersPerDimension = questionnaire.quickCheck?.minAnswersPerDimension;
  if (minAnswersPerDimension === undefined) return compiled;
  let scoring = scorings.get(compiled);
  if (!scoring) {
    scoring = { ...compiled, questionnaire: { ...questionnaire, confidence: { ...questionnaire.confidence, minAnswersPerDimension } } };
    scorings.set(compiled, scoring);
  }
  return scoring;
}
