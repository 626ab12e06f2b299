import type * as z from 'zod/mini';
import type {
  AxisSchema,
  BenchmarkSchema,
  DimensionSchema,
  FitSchema,
  KpiSchema,
  KpiTermSchema,
  LikertQuestionSchema,
  LocalisedTextSchema,
  MultiChoiceQuestionSchema,
  NumberQuestionSchema,
  OptionSchema,
  QuestionSchema,
  QuestionnaireSchema,
  QuickCheckSchema,
  RuleSchema,
  SectionSchema,
  SingleChoiceQuestionSchema,
  TierSchema,
} from './questionnaire.schema';

export type { Condition } from './questionnaire.schema';

/** A text shown to people: a plain string, or an object keyed by locale. */
export type LocalisedText = z.infer<typeof LocalisedTextSchema>;
/** An option of a choice question. */
export type Option = z.infer<typeof OptionSchema>;
/** Any question of a questionnaire. */
export type Question = z.infer<typeof QuestionSchema>;
/** A question of one `type`. */
export type QuestionOfType<T extends Question['type']> = Extract<Question, { type: T }>;
/** A single-choice question. */
export type SingleChoiceQuestion = z.infer<typeof SingleChoiceQuestionSchema>;
/** A multi-choice question. */
export type MultiChoiceQuestion = z.infer<typeof MultiChoiceQuestionSchema>;
/** A Likert 1–5 question. */
export type LikertQuestion = z.infer<typeof LikertQuestionSchema>;
/** A number question. */
export type NumberQuestion = z.infer<typeof NumberQuestionSchema>;
/** A wizard step. */
export type Section = z.infer<typeof SectionSchema>;
/** A scored dimension. */
export type Dimension = z.infer<typeof DimensionSchema>;
/** A bipolar axis. */
export type Axis = z.infer<typeof AxisSchema>;
/** A tier of the overall index. */
export type Tier = z.infer<typeof TierSchema>;
/** A term of a KPI formula. */
export type KpiTerm = z.infer<typeof KpiTermSchema>;
/** A KPI benchmark band with its source. */
export type Benchmark = z.infer<typeof BenchmarkSchema>;
/** A KPI definition. */
export type Kpi = z.infer<typeof KpiSchema>;
/** A recommendation rule. */
export type Rule = z.infer<typeof RuleSchema>;
/** The market/practice fit settings. */
export type FitDefinition = z.infer<typeof FitSchema>;
/** The quick check: the questions asked first, for a provisional profile. */
export type QuickCheck = z.infer<typeof QuickCheckSchema>;
/** A whole, validated questionnaire definition. */
export type Questionnaire = z.infer<typeof QuestionnaireSchema>;
