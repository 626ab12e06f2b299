import type { Answers } from '../answers/answers.types';
import type { FitStatus, KpiResult } from '../scoring/scoring.types';

/** What a condition can look at. Answers must already be limited to visible, valid ones. */
export interface ConditionContext {
  answers: Answers;
  dimensions?: ReadonlyMap<string, number | null>;
  axes?: ReadonlyMap<string, number | null>;
  kpis?: ReadonlyMap<string, KpiResult>;
  fit?: FitStatus;
}
