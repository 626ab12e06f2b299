import type { Answers } from '../answers/answers.types';
import { splitValidAnswers, withoutBlankAnswers } from '../answers/validateAnswers';
import { capIssues } from '../capIssues';
import { getVisibleAnswers } from '../conditions/getVisibleAnswers';
import { compileQuestionnaire } from '../questionnaire/compileQuestionnaire';
import { requireValidQuestionnaire } from '../questionnaire/requireValidQuestionnaire';
import type { Questionnaire } from '../questionnaire/questionnaire.types';
import { quickCheckScoring } from '../quickCheck/quickCheckScope';
import { buildProfile } from './buildProfile';
import { scoreDimensions } from './scoreDimensions';
import type { Profile, ScoreOptions } from './scoring.types';

/**
 * Scores answers into a B2B-readiness profile. Pure and deterministic: the same questionnaire and
 * answers always give the same profile. Invalid answers are left out and listed in `issues` (at
 * most `LIMITS.maxIssues`, then a `more_issues` count); answers are read as data, never through a getter;
 * hidden, skipped and blank answers (empty text, no option ticked) never lower a score: blank is
 * "not answered yet", as the wizard's progress counts it. Throws a `ReadinessError` (code
 * `invalid_questionnaire`, with its issues) only for a definition that fails validation.
 * @example
 * const profile = scoreAnswers(socialMediaAssessment, { market: 'b2b', main_platform_effort: 'visual_platforms' });
 * profile.fit.status; // 'mismatch': a B2B seller putting most effort into visual mass platforms
 */
export function scoreAnswers(questionnaire: Questionnaire, answers: Answers, options: ScoreOptions = {}): Profile {
  requireValidQuestionnaire(questionnaire);
  const compiled = compileQuestionnaire(questionnaire);
  const { valid, issues: found } = splitValidAnswers(compiled, answers);
  const issues = capIssues(found);
  const { shown, answers: counted, values } = getVisibleAnswers(compiled, withoutBlankAnswers(valid));
  const scoring = options.scope === 'quick' ? quickCheckScoring(compiled) : compiled;
  return buildProfile(scoring, { shown, values, answers: counted, issues }, scoreDimensions(scoring, values), options);
}
