import type {
  Axis,
  Benchmark,
  Dimension,
  FitDefinition,
  Kpi,
  Option,
  Question,
  Questionnaire,
  Rule,
  Section,
  Tier,
} from '../../../core/questionnaire/questionnaire.types';

/*
 * The assessment's structure is its questionnaire without display text: every text is looked up by
 * a key made from ids (see buildAssessment.ts), so translators never touch scoring.
 */

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** An option without its label. */
export type OptionSpec = Omit<Option, 'label' | 'description'>;

type StripQuestion<Q> = Q extends { options: Option[] }
  ? Omit<Q, 'label' | 'help' | 'options'> & { options: OptionSpec[] }
  : Omit<Q, 'label' | 'help' | 'minLabel' | 'maxLabel'>;

/** A question without its label, help or scale labels. */
export type QuestionSpec = Question extends unknown ? StripQuestion<Question> : never;

/** A section without its title or description. */
export type SectionSpec = Omit<Section, 'title' | 'description' | 'questions'> & { questions: QuestionSpec[] };

/** A dimension without its label or description. */
export type DimensionSpec = Omit<Dimension, 'label' | 'description'>;

/** An axis without its label, description or pole labels. */
export type AxisSpec = Omit<Axis, 'label' | 'description' | 'negativePole' | 'positivePole'>;

/** A tier without its label or description. */
export type TierSpec = Omit<Tier, 'label' | 'description'>;

/** A benchmark without its note. */
export type BenchmarkSpec = Omit<Benchmark, 'note'>;

/** A KPI without its label, description or base. */
export type KpiSpec = DistributiveOmit<Kpi, 'label' | 'description' | 'base' | 'benchmark'> & { benchmark?: BenchmarkSpec };

/** A rule without its title, body or source. */
export type RuleSpec = Omit<Rule, 'title' | 'body' | 'source' | 'links'>;

/** The whole assessment without display text. */
export interface AssessmentStructure {
  id: string;
  version: string;
  dimensions: DimensionSpec[];
  axes: AxisSpec[];
  sections: SectionSpec[];
  tiers: TierSpec[];
  kpis: KpiSpec[];
  rules: RuleSpec[];
  fit: FitDefinition;
  /** How much must be answered before the profile claims a tier, and a dimension a score. */
  confidence?: Questionnaire['confidence'];
  quickCheck?: Questionnaire['quickCheck'];
}
