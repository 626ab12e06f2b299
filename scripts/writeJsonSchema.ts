/*
 * Writes dist/questionnaire.schema.json (run by `npm run build` with `--dist`): the questionnaire's
 * JSON Schema for editors and CMSs, generated from the zod schemas the core validates with, with
 * descriptions. Without `--dist` it prints the schema.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { buildQuestionnaireJsonSchema } from '../src/core/questionnaire/questionnaireJsonSchema';

const toText = (schema: unknown) => `${JSON.stringify(schema, null, 2)}\n`;
const say = (line: string) => process.argv.includes('--quiet') || console.log(line);
if (process.argv.includes('--dist')) {
  mkdirSync('dist', { recursive: true });
  writeFileSync('dist/questionnaire.schema.json', toText(buildQuestionnaireJsonSchema()));
  say('wrote dist/questionnaire.schema.json');
} else process.stdout.write(toText(buildQuestionnaireJsonSchema()));
