/*
 * The kit's headless path, from the built dist/core.js: validate the definition and start a session
 * (the "model"), then answer question by question through the session reducer, as the wizard does,
 * and score.
 */
import { createSession, parseQuestionnaire, reduceSession, scoreAnswers } from '../../dist/core.js';
import type { Answers, Questionnaire, SessionState } from '../../dist/core.js';

/** A validated questionnaire and a fresh session on it: what a wizard holds per respondent. */
export function buildKitModel(definition: unknown): { questionnaire: Questionnaire; session: SessionState } {
  const parsed = parseQuestionnaire(definition);
  if (!parsed.ok) throw new Error('the definition does not validate');
  return { questionnaire: parsed.value, session: createSession(parsed.value) };
}

/** Sets every answer through the reducer, one action each, then scores: dimension scores by id. */
export function answerAndScoreKit(model: { questionnaire: Questionnaire; session: SessionState }, answers: Answers): Record<string, number | null> {
  let session = model.session;
  for (const [questionId, value] of Object.entries(answers)) session = reduceSession(model.questionnaire, session, { type: 'answer', questionId, value });
  model.session = session;
  const profile = scoreAnswers(model.questionnaire, session.answers);
  return Object.fromEntries(profile.dimensions.map((d) => [d.id, d.score]));
}

/** Scores a whole answer set at once (the headless API a server or CLI uses): dimension scores by id. */
export function scoreAllKit(questionnaire: Questionnaire, answers: Answers): Record<string, number | null> {
  return Object.fromEntries(scoreAnswers(questionnaire, answers).dimensions.map((d) => [d.id, d.score]));
}

/** A session on a shared, already parsed questionnaire, answered one action at a time; returns the final state. */
export function answerAndScoreSession(questionnaire: Questionnaire, answers: Answers): SessionState {
  const model = { questionnaire, session: createSession(questionnaire) };
  answerAndScoreKit(model, answers);
  return model.session;
}
