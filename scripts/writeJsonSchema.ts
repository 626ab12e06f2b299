/*
 * Writes dist/questionnaire.schema.json from the zod schemas, so editors and CMSs can validate and
 * autocomplete definitions. Run after tsup (which cleans dist).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { buildQuestionnaireJsonSchema } from '../src/core/questionnaire/questionnaireJsonSchema';

mkdirSync('dist', { recursive: true });
writeFileSync('dist/questionnaire.schema.json', `${JSON.stringify(buildQuestionnaireJsonSchema(), null, 2)}\n`);
console.log('wrote dist/questionnaire.schema.json');
