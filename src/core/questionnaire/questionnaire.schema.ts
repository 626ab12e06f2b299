import * as z from 'zod/mini';

/*
 * The questionnaire format. Everything here is plain JSON: no functions, so a CMS can store a
 * definition and an editor can validate it against the JSON Schema generated from these schemas.
 * Cross-references (ids, dimensions, conditions, tiers) are checked after the shape, in
 * checkReferences.ts, so that every problem gets its own code and path.
 */

/** An id: a letter, then letters, digits, `_` or `-`; at most 64 characters. */
export const IdSchema = z.string().check(z.maxLength(64), z.regex(/^[A-Za-z][A-Za-z0-9_-]*$/));

/** A text shown to people: a plain string, or an object keyed by locale (`{ en: '…', 'zh-Hant': '…' }`). */
export const LocalisedTextSchema = z.union([
  z.string(),
  z.record(z.string().check(z.regex(/^[a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8})*$/)), z.string()),
]);

/** Points per dimension id, each zero or more. */
export const PointsSchema = z.record(z.string(), z.number().check(z.gte(0), z.lte(1000)));

/**
 * Points by the respondent's market (an option id of the fit question): for respondents in that
 * market they replace `points`, so maturity is judged against the practice that fits the market.
 */
export const PointsForSchema = z.record(z.string(), PointsSchema);

/** Position per axis id, from −1 (negative pole) to +1 (positive pole). */
export const AxisPositionsSchema = z.record(z.string(), z.number().check(z.gte(-1), z.lte(1)));

const Scalar = z.union([z.string(), z.number(), z.boolean()]);

/** A test on one earlier answer. */
export const AnswerConditionSchema = z.strictObject({
  question: IdSchema,
  equals: z.optional(Scalar),
  in: z.optional(z.array(z.union([z.string(), z.number()]))),
  includes: z.optional(z.string()),
  answered: z.optional(z.boolean()),
  gt: z.optional(z.number()),
  gte: z.optional(z.number()),
  lt: z.optional(z.number()),
  lte: z.optional(z.number()),
});

/** A test on a dimension score (0–100). Only in recommendation rules. */
export const DimensionConditionSchema = z.strictObject({
  dimension: IdSchema,
  gt: z.optional(z.number()),
  gte: z.optional(z.number()),
  lt: z.optional(z.number()),
  lte: z.optional(z.number()),
});

/** A test on an axis position (−100…+100). Only in recommendation rules. */
export const AxisConditionSchema = z.strictObject({
  axis: IdSchema,
  gt: z.optional(z.number()),
  gte: z.optional(z.number()),
  lt: z.optional(z.number()),
  lte: z.optional(z.number()),
});

/** A test on a computed KPI: its band, or its value. Only in recommendation rules. */
export const KpiConditionSchema = z.strictObject({
  kpi: IdSchema,
  band: z.optional(z.enum(['below', 'within', 'above', 'unavailable'])),
  gt: z.optional(z.number()),
  gte: z.optional(z.number()),
  lt: z.optional(z.number()),
  lte: z.optional(z.number()),
});

/** A test on the market/practice fit. Only in recommendation rules. */
export const FitConditionSchema = z.strictObject({
  fit: z.enum(['aligned', 'mixed', 'mismatch', 'unknown']),
});

/** A declarative condition: a leaf test, or `all` / `any` / `not` over conditions. */
export type Condition =
  | z.infer<typeof AnswerConditionSchema>
  | z.infer<typeof DimensionConditionSchema>
  | z.infer<typeof AxisConditionSchema>
  | z.infer<typeof KpiConditionSchema>
  | z.infer<typeof FitConditionSchema>
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

/** The schema of a {@link Condition}; recursive through `all`, `any` and `not`. */
export const ConditionSchema: z.ZodMiniType<Condition> = z.union([
  AnswerConditionSchema,
  DimensionConditionSchema,
  AxisConditionSchema,
  KpiConditionSchema,
  FitConditionSchema,
  z.strictObject({
    get all() {
      return z.array(ConditionSchema).check(z.minLength(1));
    },
  }),
  z.strictObject({
    get any() {
      return z.array(ConditionSchema).check(z.minLength(1));
    },
  }),
  z.strictObject({
    get not() {
      return ConditionSchema;
    },
  }),
]);

/** An answer option of a choice question. */
export const OptionSchema = z.strictObject({
  id: IdSchema,
  label: LocalisedTextSchema,
  description: z.optional(LocalisedTextSchema),
  points: z.optional(PointsSchema),
  pointsFor: z.optional(PointsForSchema),
  axes: z.optional(AxisPositionsSchema),
});

const questionBase = {
  id: IdSchema,
  label: LocalisedTextSchema,
  help: z.optional(LocalisedTextSchema),
  required: z.optional(z.boolean()),
  visibleIf: z.optional(ConditionSchema),
};

/** Pick exactly one option. */
export const SingleChoiceQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('single'),
  options: z.array(OptionSchema).check(z.minLength(2)),
});

/** Pick any number of options, up to `max`. Points of the chosen options add up. */
export const MultiChoiceQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('multi'),
  options: z.array(OptionSchema).check(z.minLength(2)),
  max: z.optional(z.int().check(z.gte(1))),
});

/**
 * Agreement from 1 to 5. `points` are earned in full at 5 and not at all at 1; `axes` run from the
 * negative pole at 1 to the positive pole at 5.
 */
export const LikertQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('likert'),
  minLabel: z.optional(LocalisedTextSchema),
  maxLabel: z.optional(LocalisedTextSchema),
  points: z.optional(PointsSchema),
  pointsFor: z.optional(PointsForSchema),
  axes: z.optional(AxisPositionsSchema),
});

/** A score band of a number question: answers of at least `atLeast` earn `points`. */
export const NumberBandSchema = z.strictObject({
  atLeast: z.number(),
  points: PointsSchema,
  pointsFor: z.optional(PointsForSchema),
});

/** A number, e.g. monthly ad spend or leads. Scored only if it has `bands`. */
export const NumberQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('number'),
  unit: z.optional(z.enum(['count', 'currency', 'percent', 'people', 'days', 'months'])),
  min: z.optional(z.number()),
  max: z.optional(z.number()),
  integer: z.optional(z.boolean()),
  bands: z.optional(z.array(NumberBandSchema).check(z.minLength(1))),
});

/** Free text for lead capture: never scored. */
export const TextQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('text'),
  maxLength: z.optional(z.int().check(z.gte(1), z.lte(10000))),
  multiline: z.optional(z.boolean()),
});

/** An email address for lead capture: never scored. */
export const EmailQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('email'),
});

/** Any question, told apart by `type`. */
export const QuestionSchema = z.discriminatedUnion('type', [
  SingleChoiceQuestionSchema,
  MultiChoiceQuestionSchema,
  LikertQuestionSchema,
  NumberQuestionSchema,
  TextQuestionSchema,
  EmailQuestionSchema,
]);

/** A wizard step holding questions. */
export const SectionSchema = z.strictObject({
  id: IdSchema,
  title: LocalisedTextSchema,
  description: z.optional(LocalisedTextSchema),
  questions: z.array(QuestionSchema).check(z.minLength(1)),
});

/** A scored dimension; its `weight` (default 1) counts in the overall index. */
export const DimensionSchema = z.strictObject({
  id: IdSchema,
  label: LocalisedTextSchema,
  description: z.optional(LocalisedTextSchema),
  weight: z.optional(z.number().check(z.gt(0), z.lte(100))),
});

/** A bipolar scale, from `negativePole` (−100) to `positivePole` (+100). */
export const AxisSchema = z.strictObject({
  id: IdSchema,
  label: LocalisedTextSchema,
  description: z.optional(LocalisedTextSchema),
  negativePole: LocalisedTextSchema,
  positivePole: LocalisedTextSchema,
  /** Positions at or beyond ±threshold take the pole's label; between them the practice is mixed. */
  threshold: z.optional(z.number().check(z.gt(0), z.lt(100))),
});

/** A tier of the overall index: `[min, max)`, the last one closed at 100. */
export const TierSchema = z.strictObject({
  id: IdSchema,
  label: LocalisedTextSchema,
  description: z.optional(LocalisedTextSchema),
  min: z.number().check(z.gte(0), z.lte(100)),
  max: z.number().check(z.gte(0), z.lte(100)),
});

/** A sum of number answers (or one answer), by question id. */
export const KpiTermSchema = z.union([
  IdSchema,
  z.strictObject({ sum: z.array(IdSchema).check(z.minLength(1)) }),
  z.strictObject({ product: z.array(IdSchema).check(z.minLength(1)) }),
]);

/** A benchmark band the KPI is read against: below, within or above `[min, max]`. */
export const BenchmarkSchema = z.strictObject({
  min: z.number(),
  max: z.number(),
  source: z.string().check(z.minLength(1)),
  year: z.int().check(z.gte(1900), z.lte(2100)),
  url: z.optional(z.string().check(z.regex(/^https?:\/\/[^\s]+$/))),
  note: z.optional(LocalisedTextSchema),
});

/** A KPI computed from number answers: `numerator / denominator × scale`. */
export const KpiSchema = z.strictObject({
  id: IdSchema,
  label: LocalisedTextSchema,
  description: z.optional(LocalisedTextSchema),
  /** What the ratio is taken over, stated for people (e.g. "engagements ÷ impressions"). */
  base: z.optional(LocalisedTextSchema),
  unit: z.enum(['percent', 'currency', 'count', 'ratio']),
  direction: z.enum(['higher', 'lower']),
  numerator: KpiTermSchema,
  denominator: z.optional(KpiTermSchema),
  scale: z.optional(z.number().check(z.gt(0))),
  benchmark: z.optional(BenchmarkSchema),
  target: z.optional(z.number()),
});

/** A recommendation that fires `when` its condition holds. */
export const RuleSchema = z.strictObject({
  id: IdSchema,
  priority: z.enum(['high', 'medium', 'low']),
  when: ConditionSchema,
  title: LocalisedTextSchema,
  body: LocalisedTextSchema,
  /** The practice or source the advice comes from, shown beside it. */
  source: z.optional(LocalisedTextSchema),
  /** The dimensions the advice would raise: its impact, and so its rank and priority, is what they could add to the index. */
  improves: z.optional(z.array(IdSchema)),
  /** Rules that give the same advice share a group: of those that fire, only the best ranked is given. */
  group: z.optional(IdSchema),
  /** Links to further reading: http(s) only. */
  links: z.optional(
    z.array(z.strictObject({ label: LocalisedTextSchema, url: z.string().check(z.regex(/^https?:\/\/[^\s]+$/)) })),
  ),
});

/** How the market the company sells to is compared with the orientation of its practice. */
export const FitSchema = z.strictObject({
  /** The single-choice profile question that says who the company sells to. */
  question: IdSchema,
  /** The axis holding the practice's orientation. */
  axis: IdSchema,
  /** For each option of `question`, the pole it calls for: `positive`, `negative` or `either`. */
  targets: z.record(z.string(), z.enum(['positive', 'negative', 'either'])),
});

/** How much must be answered before a profile claims a tier or a dimension a score. */
export const ConfidenceSchema = z.strictObject({
  /** Share of the shown, scorable questions to answer before the profile claims a tier (default 0.5). */
  minCompleteness: z.optional(z.number().check(z.gte(0), z.lte(1))),
  /** Answers a dimension needs before it has a score (default 1). */
  minAnswersPerDimension: z.optional(z.int().check(z.gte(1), z.lte(1000))),
});

/**
 * A short first pass through the questionnaire (a "quick check"): the questions to ask first, in
 * questionnaire order, for a provisional profile the respondent can deepen later keeping every answer.
 */
export const QuickCheckSchema = z.strictObject({
  /** Ids of the questions the quick check asks; the others wait for "go deeper". */
  questions: z.array(IdSchema).check(z.minLength(1)),
  /**
   * Answers a dimension needs for a score in the quick check (default: `confidence.minAnswersPerDimension`).
   * Lower it so that a one-question-per-dimension check still draws every dimension; the profile stays
   * provisional either way, as `confidence.minCompleteness` counts every question of the full questionnaire.
   */
  minAnswersPerDimension: z.optional(z.int().check(z.gte(1), z.lte(1000))),
});

/** A whole questionnaire definition. */
export const QuestionnaireSchema = z.strictObject({
  $schema: z.optional(z.string()),
  id: IdSchema,
  version: z.string().check(z.minLength(1), z.maxLength(32)),
  title: LocalisedTextSchema,
  description: z.optional(LocalisedTextSchema),
  locales: z.array(z.string().check(z.minLength(2))).check(z.minLength(1)),
  dimensions: z.array(DimensionSchema).check(z.minLength(1)),
  axes: z.optional(z.array(AxisSchema)),
  sections: z.array(SectionSchema).check(z.minLength(1)),
  tiers: z.array(TierSchema).check(z.minLength(1)),
  kpis: z.optional(z.array(KpiSchema)),
  rules: z.optional(z.array(RuleSchema)),
  fit: z.optional(FitSchema),
  confidence: z.optional(ConfidenceSchema),
  quickCheck: z.optional(QuickCheckSchema),
});
