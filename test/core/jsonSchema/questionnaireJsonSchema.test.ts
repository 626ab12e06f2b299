import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateJsonSchema, type JsonSchema } from '../../../src/core/jsonSchema/validateJsonSchema';
import { QuestionnaireSchema } from '../../../src/core/questionnaire/questionnaire.schema';
import { buildRuntimeQuestionnaireJsonSchema } from '../../../src/core/questionnaire/questionnaireJsonSchema';
import { socialMediaAssessment } from '../../../src/content/social-media';
import { questionnaireArb } from '../../fixtures/arbitraries';
import { miniQuestionnaire } from '../../fixtures/miniQuestionnaire';

const committed = JSON.parse(readFileSync('src/core/questionnaire/questionnaire.schema.json', 'utf8')) as JsonSchema;
const shapeIssues = (value: unknown) => validateJsonSchema(committed, value, committed);

/** Replaces the value at a random path of a JSON tree, the way a broken CMS export would. */
function mutate(root: unknown, pick: number, replacement: unknown): unknown {
  const copy = structuredClone(root);
  const slots: [Record<string | number, unknown>, string | number][] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach((child, index) => (slots.push([node as never, index]), walk(child)));
    else if (node && typeof node === 'object')
      for (const [key, child] of Object.entries(node)) slots.push([node as Record<string, unknown>, key]), walk(child);
  };
  walk(copy);
  const slot = slots[pick % slots.length];
  if (slot) slot[0][slot[1]] = replacement;
  return copy;
}

const replacements = fc.oneof(
  fc.constantFrom(null, true, 0, -1, 1.5, 2, 1e9, '', 'x', 'bad id', [], {}, { en: 3 }, [1], 'single', 'javascript:alert(1)'),
  fc.string({ maxLength: 8 }),
  fc.integer(),
);

describe('the questionnaire JSON Schema', () => {
  it('is up to date with the zod schemas (run `npm run generate:schema` if not)', () => {
    expect(committed).toEqual(buildRuntimeQuestionnaireJsonSchema());
  });

  it('accepts the bundled assessment and the test fixture', () => {
    expect(shapeIssues(JSON.parse(JSON.stringify(socialMediaAssessment)))).toEqual([]);
    expect(shapeIssues(miniQuestionnaire())).toEqual([]);
  });

  it('accepts and rejects exactly what the zod schemas do, on broken definitions', () => {
    const base = JSON.parse(JSON.stringify(socialMediaAssessment));
    let rejected = 0;
    fc.assert(
      fc.property(fc.oneof(questionnaireArb, fc.constant(base), fc.constant(miniQuestionnaire())), fc.nat(), replacements, (definition, pick, replacement) => {
        const candidate = mutate(definition, pick, replacement);
        const zodAccepts = QuestionnaireSchema.safeParse(candidate).success;
        const issues = shapeIssues(candidate);
        expect(issues.length === 0).toBe(zodAccepts);
        if (!zodAccepts) rejected += 1;
        for (const issue of issues) expect(issue.code).toMatch(/^[a-z_]+$/);
      }),
      { numRuns: 600, seed: 7 },
    );
    expect(rejected).toBeGreaterThan(100);
  });

  it('accepts and rejects exactly what the zod schemas do, on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        expect(shapeIssues(value).length === 0).toBe(QuestionnaireSchema.safeParse(value).success);
      }),
      { numRuns: 300, seed: 11 },
    );
  });
});
