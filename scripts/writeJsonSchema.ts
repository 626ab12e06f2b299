/*
 * Writes the questionnaire JSON Schemas generated from the zod schemas:
 * - `npm run generate:schema`: src/core/questionnaire/questionnaire.schema.json, the runtime copy the
 *   core validates against (no prose, to keep the core small); a test fails when it is stale;
 * - `--dist` (run by `npm run build`): dist/questionnaire.schema.json, with descriptions, for editors.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { buildQuestionnaireJsonSchema, buildRuntimeQuestionnaireJsonSchema } from '../src/core/questionnaire/questionnaireJsonSchema';

const toText = (schema: unknown) => `${JSON.stringify(schema, null, 2)}\n`;
const say = (line: string) => process.argv.includes('--quiet') || console.log(line);
if (process.argv.includes('--dist')) {
  mkdirSync('dist', { recursive: true });
  writeFileSync('dist/questionnaire.schema.json', toText(buildQuestionnaireJsonSchema()));
  say('wrote dist/questionnaire.schema.json');
} else {
  writeFileSync('src/core/questionnaire/questionnaire.schema.json', toText(buildRuntimeQuestionnaireJsonSchema()));
  say('wrote src/core/questionnaire/questionnaire.schema.json');
}
