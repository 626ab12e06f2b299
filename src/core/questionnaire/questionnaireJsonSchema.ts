import * as z from 'zod/mini';
import {
  AxisSchema,
  BenchmarkSchema,
  ConditionSchema,
  DimensionSchema,
  IdSchema,
  KpiSchema,
  KpiTermSchema,
  LocalisedTextSchema,
  OptionSchema,
  QuestionSchema,
  QuestionnaireSchema,
  RuleSchema,
  SectionSchema,
  TierSchema,
} from './questionnaire.schema';

/*
 * Build-time only (scripts/writeJsonSchema.ts): editors get the JSON Schema generated from the same
 * zod schemas the core validates with at runtime; zod's generator itself is not shipped to hosts.
 */
const definitions: [z.core.$ZodType, string, string][] = [
  [IdSchema, 'Id', 'An id: a letter, then letters, digits, "_" or "-"; at most 64 characters.'],
  [LocalisedTextSchema, 'LocalisedText', 'A text: a plain string, or an object keyed by locale ({ "en": "…", "zh-Hant": "…" }).'],
  [ConditionSchema, 'Condition', 'A declarative condition: a test on an answer, a score, a KPI or the fit, or all/any/not over conditions.'],
  [OptionSchema, 'Option', 'An answer option, with points per dimension and positions on axes (−1…+1).'],
  [QuestionSchema, 'Question', 'A question; its "type" says which fields apply.'],
  [SectionSchema, 'Section', 'A wizard step holding questions.'],
  [DimensionSchema, 'Dimension', 'A scored dimension; weight (default 1) counts in the overall index.'],
  [AxisSchema, 'Axis', 'A bipolar scale from negativePole (−100) to positivePole (+100).'],
  [TierSchema, 'Tier', 'A tier of the overall index: [min, max), the last one closed at 100.'],
  [KpiTermSchema, 'KpiTerm', 'A number question id, or { "sum": [ids] } or { "product": [ids] }.'],
  [BenchmarkSchema, 'Benchmark', 'A benchmark band with its source and year; values below, within or above it are reported as such.'],
  [KpiSchema, 'Kpi', 'A KPI: numerator ÷ denominator × scale, over number answers.'],
  [RuleSchema, 'Rule', 'A recommendation that fires when its condition holds.'],
];

/** The JSON Schema (draft 2020-12) of a questionnaire definition, generated from the zod schemas, with descriptions for editors. */
export function buildQuestionnaireJsonSchema(): Record<string, unknown> {
  const metadata = z.registry<{ id: string; description: string }>();
  for (const [schema, id, description] of definitions) metadata.add(schema, { id, description });
  const { $schema, ...rest } = z.toJSONSchema(QuestionnaireSchema, { target: 'draft-2020-12', unrepresentable: 'any', metadata });
  return {
    $schema,
    $id: 'https://unpkg.com/readiness-kit/dist/questionnaire.schema.json',
    title: 'Readiness Kit questionnaire',
    description: 'A questionnaire definition for readiness-kit: dimensions, axes, sections of questions, tiers, KPIs and recommendation rules.',
    ...rest,
  };
}
