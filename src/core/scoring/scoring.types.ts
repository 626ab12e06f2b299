import type { AssessmentScope } from '../quickCheck/quickCheck.types';
import type { Issue } from '../errors';
import type { Benchmark, Kpi, Rule } from '../questionnaire/questionnaire.types';

/** What one question gave a dimension: the chosen option(s), the points earned, the points possible. */
export interface Contribution {
  questionId: string;
  /** The chosen option ids (choice questions); empty for likert and number questions. */
  optionIds: readonly string[];
  /** The raw answer for likert (1–5) and number questions. */
  value?: number;
  points: number;
  maxPoints: number;
}

/** A dimension's score and why it is what it is. */
export interface DimensionScore {
  id: string;
  /**
   * 0–100: points earned over points achievable on the visible, answered questions; null when fewer
   * were answered than the definition's `confidence.minAnswersPerDimension` (default 1): not enough answers.
   */
  score: number | null;
  /** How many of its visible questions were answered. */
  answered: number;
  points: number;
  maxPoints: number;
  /** The dimension's weight in the index. */
  weight: number;
  /** One entry per visible, answered question that can earn this dimension points. */
  contributions: Contribution[];
}

/** One question's pull on an axis, from −1 to +1. */
export interface AxisContribution {
  questionId: string;
  optionIds: readonly string[];
  value?: number;
  /** −1 (negative pole) … +1 (positive pole). */
  position: number;
}

/** Which side of an axis a position falls on. */
export type AxisSide = 'negative' | 'mixed' | 'positive';

/** A position on a bipolar axis. */
export interface AxisScore {
  id: string;
  /** −100 (negative pole) … +100 (positive pole); null when no question with a position was answered. */
  position: number | null;
  /** The pole the position is at or beyond the threshold of, or `mixed`; null with no position. */
  side: AxisSide | null;
  /** The threshold used for `side`. */
  threshold: number;
  contributions: AxisContribution[];
}

/** How the market the company sells to compares with the orientation of its practice. */
export type FitStatus = 'aligned' | 'mixed' | 'mismatch' | 'unknown';

/** The market/practice fit. */
export interface FitResult {
  status: FitStatus;
  /** True for the seeds' key warning: the practice leans to the pole opposite to the market's. */
  isMismatch: boolean;
  /** The chosen option of the market question, or null if unanswered. */
  market: string | null;
  /** The pole the market calls for. */
  target: 'positive' | 'negative' | 'either' | null;
  axis: string | null;
  position: number | null;
  side: AxisSide | null;
}

/** Where a KPI value sits against its benchmark band. */
export type KpiBand = 'below' | 'within' | 'above';

/** A computed KPI. */
export interface KpiResult {
  id: string;
  /** The value in the KPI's unit (a percent is 0–100), or null when not available. */
  value: number | null;
  /** `not_available` when an input is missing, the divisor is zero or the ratio overflows; never Infinity or NaN. */
  status: 'ok' | 'not_available';
  /** Why it is not available. */
  reason?: 'missing_input' | 'zero_divisor' | 'overflow';
  unit: Kpi['unit'];
  direction: Kpi['direction'];
  /** Against the benchmark band, or null with no value or no benchmark. */
  band: KpiBand | null;
  /** Whether the band is good news given the direction: `better`, `typical` or `worse`. */
  standing: 'better' | 'typical' | 'worse' | null;
  benchmark: Benchmark | null;
  target: number | null;
  /** The number answers it was computed from. */
  inputs: Record<string, number | null>;
}

/**
 * One test of a condition leaf as data, so a view can put it into words without parsing `test`.
 * It is a statement true of the reason's value: the test as written, or its opposite when `negated`
 * (`{ op: 'lte', value: 33, negated: true }`: above 33; `{ op: 'includes', value: 'linkedin', negated: true }`: LinkedIn not chosen).
 */
export type ReasonComparison =
  | { op: 'lt' | 'lte' | 'gt' | 'gte'; value: number; negated: boolean }
  | { op: 'equals'; value: string | number | boolean; negated: boolean }
  | { op: 'in'; value: readonly (string | number)[]; negated: boolean }
  | { op: 'includes'; value: string; negated: boolean }
  | { op: 'answered'; value: boolean; negated: boolean }
  | { op: 'band'; value: KpiBand | 'unavailable'; negated: boolean }
  | { op: 'fit'; value: FitStatus; negated: boolean };

/** One test of a rule's condition that held, so a recommendation can say why it fired. */
export type RuleReason = (
  | { kind: 'answer'; questionId: string; value: unknown }
  | { kind: 'dimension'; dimensionId: string; score: number | null }
  | { kind: 'axis'; axisId: string; position: number | null }
  | { kind: 'kpi'; kpiId: string; value: number | null; band: KpiBand | 'unavailable' }
  | { kind: 'fit'; status: FitStatus }
) & {
  /** The test in condition syntax (`lte 33`, `not equals "b2c"`): for logs, never for people. */
  test: string;
  /**
   * The tests that decided the outcome, as data: all of a leaf that held, or those of a failed leaf
   * that failed (negated). Absent from reasons made before it existed; then only the value is known.
   */
  comparisons?: ReasonComparison[];
};

/** A rule that fired. */
export interface Recommendation {
  id: string;
  priority: Rule['priority'];
  title: Rule['title'];
  body: Rule['body'];
  source?: Rule['source'];
  links?: Rule['links'];
  /** The tests that held. */
  reasons: RuleReason[];
  /**
   * Index points the advice could win: what the dimensions it improves would add to the index at full
   * marks (0–100); 0 for a rule that names none.
   */
  impact: number;
}

/** Why a profile claims no tier yet. */
export interface ProvisionalReason {
  /** `no_answers`: nothing that counts was answered; `too_few_answers`: less than the definition's minimum. */
  code: 'no_answers' | 'too_few_answers';
  /** Scorable questions answered. */
  answered: number;
  /** How many more answers a tier needs (at least 1). */
  needed: number;
}

/** The result of scoring a questionnaire's answers. */
export interface Profile {
  questionnaireId: string;
  questionnaireVersion: string;
  dimensions: DimensionScore[];
  axes: AxisScore[];
  /** 0–100, weighted over the dimensions that have a score; null when none has. */
  index: number | null;
  /** The tier id after the weakest-link cap; null while the profile is provisional. */
  tier: string | null;
  /** The tier the index alone would give; null while the profile is provisional. */
  uncappedTier: string | null;
  /** True when too little was answered to claim a tier: the index, if any, is only a first reading. */
  provisional: boolean;
  /** Why the profile is provisional and how many more answers a tier needs; null when it is not. */
  provisionalReason: ProvisionalReason | null;
  /** The dimension whose weakness capped the tier, or null. */
  cappedBy: string | null;
  /** Share of visible, scorable questions answered, 0–1. */
  completeness: number;
  /** Dimension ids scoring at or above the strength threshold, best first. */
  strengths: string[];
  /** Dimension ids scoring below the gap threshold, weakest first. */
  gaps: string[];
  fit: FitResult;
  kpis: KpiResult[];
  /**
   * Fired rules, one per group: high priority first, then by impact, then in definition order. A
   * rule that improves dimensions earns its priority from its impact; others keep their own.
   */
  recommendations: Recommendation[];
  /** Answers that were left out of scoring because they were invalid, with why. */
  issues: Issue[];
}

/** Options of `scoreAnswers`. */
export interface ScoreOptions {
  /** Benchmarks to use instead of the definition's, by KPI id; `null` removes one. */
  benchmarks?: Record<string, Benchmark | null>;
  /** Score at or above which a dimension is a strength (default 70). */
  strengthThreshold?: number;
  /** Score below which a dimension is a gap (default 40). */
  gapThreshold?: number;
  /**
   * `'quick'` scores answers as the definition's quick check does: a dimension needs only the quick
   * check's `minAnswersPerDimension` answers. The tier still needs `confidence.minCompleteness` of
   * the full questionnaire, so a quick check's profile is provisional. Default `'full'`.
   */
  scope?: AssessmentScope;
}
