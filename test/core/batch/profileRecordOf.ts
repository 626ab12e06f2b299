import { conditionHolds, scoreAnswers, type Answers, type ProfileRecord, type Question, type Questionnaire } from '../../../src/core';

/** True for a question that describes rather than scores: single choice, no option earns points (in any market) or has axes. */
function isDescriptive(question: Question): boolean {
  return (
    question.type === 'single' &&
    question.options.every(
      (option) =>
        Object.values(option.points ?? {}).every((points) => points === 0) &&
        Object.values(option.pointsFor ?? {}).every((points) => Object.values(points).every((value) => value === 0)) &&
        option.axes === undefined,
    )
  );
}

/**
 * The record `score --ndjson` should write for valid answers, worked out the slow way: the full
 * profile of `scoreAnswers`, cut down to the record's fields, and the descriptive answers, visible ones only.
 */
export function profileRecordOf(questionnaire: Questionnaire, answers: Answers, id?: string): ProfileRecord {
  const profile = scoreAnswers(questionnaire, answers);
  const questions = questionnaire.sections.flatMap((section) => section.questions);
  const segment = Object.fromEntries(
    questions
      .filter(isDescriptive)
      .map((question) => {
        const isShown = !question.visibleIf || conditionHolds(question.visibleIf, { answers });
        return [question.id, isShown ? ((answers[question.id] as string | undefined) ?? null) : null];
      }),
  );
  return {
    questionnaire: `${questionnaire.id}@${questionnaire.version}`,
    ...(id === undefined ? {} : { id }),
    index: profile.index,
    tier: profile.tier,
    provisional: profile.provisional,
    completeness: profile.completeness,
    dimensions: Object.fromEntries(profile.dimensions.map((dimension) => [dimension.id, dimension.score])),
    axes: Object.fromEntries(profile.axes.map((axis) => [axis.id, axis.position])),
    fit: profile.fit.status,
    segment,
    recommendations: profile.recommendations.map((recommendation) => recommendation.id),
  };
}
