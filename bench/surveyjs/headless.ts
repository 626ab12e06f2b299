/*
 * SurveyJS's headless path: a survey-core Model from the equivalent JSON, values set one by one
 * (each recomputes the calculated values that score the dimensions), then the scores read back.
 */
import { Model } from 'survey-core';

/** A SurveyJS model from its JSON: what SurveyJS holds per respondent. */
export function buildSurveyModel(json: object): Model {
  return new Model(json);
}

/** Sets every answer with setValue, then reads each dimension's calculated score. */
export function answerAndScoreSurvey(model: Model, answers: Record<string, unknown>, dimensionIds: readonly string[]): Record<string, number | null> {
  for (const [name, value] of Object.entries(answers)) model.setValue(name, value);
  return Object.fromEntries(
    dimensionIds.map((id) => {
      const score = model.getVariable(id);
      return [id, typeof score === 'number' ? score : null];
    }),
  );
}

/** Sets all answers at once (`model.data = …`, the idiomatic bulk load), then reads each dimension's score. */
export function loadAndScoreSurvey(model: Model, answers: Record<string, unknown>, dimensionIds: readonly string[]): Record<string, number | null> {
  model.data = answers;
  return Object.fromEntries(dimensionIds.map((id) => [id, typeof model.getVariable(id) === 'number' ? (model.getVariable(id) as number) : null]));
}
