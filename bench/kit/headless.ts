/*
 * The kit's headless path, from the built dist/core.js: validate the definition and start an
 * assessment store (the "model"), then answer question by question through the store, as the
 * wizard does, and read the live profile.
 */
import { createAssessmentStore, parseQuestionnaire, scoreAnswers } from '../../dist/core.js';
import type { Answers, AssessmentStore, Questionnaire } from '../../dist/core.js';

/** A validated questionnaire and a fresh store on it: what a wizard holds per respondent. */
export function buildKitModel(definition: unknown): { questionnaire: Questionnaire; store: AssessmentStore } {
  const parsed = parseQuestionnaire(definition);
  if (!parsed.ok) throw new Error('the definition does not validate');
  return { questionnaire: parsed.value, store: createAssessmentStore(parsed.value) };
}

const dimensionScores = (profile: { dimensions: { id: string; score: number | null }[] }) =>
  Object.fromEntries(profile.dimensions.map((d) => [d.id, d.score]));

/** Sets every answer through the store, one action each, then reads the live profile: dimension scores by id. */
export function answerAndScoreKit(model: { store: AssessmentStore }, answers: Answers): Record<string, number | null> {
  for (const [questionId, value] of Object.entries(answers)) model.store.answer(questionId, value);
  return dimensionScores(model.store.getState().profile);
}

/** Scores a whole answer set at once (the headless API a server or CLI uses): dimension scores by id. */
export function scoreAllKit(questionnaire: Questionnaire, answers: Answers): Record<string, number | null> {
  return dimensionScores(scoreAnswers(questionnaire, answers));
}

/** A store on a shared, already parsed questionnaire, created here, answered one action at a time, then scored. */
export function answerOneByOne(questionnaire: Questionnaire, answers: Answers): AssessmentStore {
  const store = createAssessmentStore(questionnaire);
  for (const [questionId, value] of Object.entries(answers)) store.answer(questionId, value);
  void store.getState().profile;
  return store;
}
