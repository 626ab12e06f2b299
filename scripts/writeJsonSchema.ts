/*
 * npm run generate:schema: writes the questionnaire JSON Schema generated from the zod schemas.
 * The runtime validates against it and the build ships it; a test fails when it is stale.
 */
import { writeFileSync } from 'node:fs';
import { buildQuestionnaireJsonSchema } from '../src/core/questionnaire/questionnaireJsonSchema';

const text = `${JSON.stringify(buildQuestionnaireJsonSchema(), null, 2)}\n`;
writeFileSync('src/core/questionnaire/questionnaire.schema.json', text);
console.log('wrote src/core/questionnaire/questionnaire.schema.json');
