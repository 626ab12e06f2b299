import * as z from 'zod/mini';
import { QuestionnaireSchema } from './questionnaire.schema';

/** The JSON Schema (draft 2020-12) of a questionnaire definition, generated from the zod schemas. */
export function buildQuestionnaireJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(QuestionnaireSchema, { target: 'draft-2020-12', unrepresentable: 'any' }),
    $id: 'https://unpkg.com/readiness-kit/dist/questionnaire.schema.json',
    title: 'Readiness Kit questionnaire',
  };
}
