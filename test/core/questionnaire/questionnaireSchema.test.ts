import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { parseQuestionnaire, type IssueCode } from '../../../src/core';
import { QuestionnaireSchema } from '../../../src/core/questionnaire/questionnaire.schema';
import { buildQuestionnaireJsonSchema } from '../../../src/core/questionnaire/questionnaireJsonSchema';
import { fromZodIssues } from '../../../src/core/questionnaire/zodIssues';
import { issueMessagesEn } from '../../../src/core/issueMessages';
import { socialMediaAssessment } from '../../../src/content/social-media';
import { questionnaireArb } from '../../fixtures/arbitraries';
import { miniQuestionnaire } from '../../fixtures/miniQuestionnaire';

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
  fc.constantFrom(null, true, 0, -1, 1.5, 2, 1e9, '', 'x', 'bad id', [], {}, { en: 3 }, [1], 'single', 'javascript:alert(1)', { extra: 1 }),
  fc.string({ maxLength: 8 }),
  fc.integer(),
);
const editorSchema = new Ajv2020({ strict: false }).compile(buildQuestionnaireJsonSchema());
const base = JSON.parse(JSON.stringify(socialMediaAssessment));
const definitions = fc.oneof(questionnaireArb, fc.constant(base), fc.constant(miniQuestionnaire()));
const shapeCodes: IssueCode[] = ['invalid_type', 'missing_field', 'unknown_field', 'invalid_value', 'invalid_format', 'invalid_key', 'too_small', 'too_big', 'too_deep'];

describe('validating definitions with zod at runtime', () => {
  it('reports an issue for every definition zod rejects, and only kit codes, on broken definitions', () => {
    let rejected = 0;
    fc.assert(
      fc.property(definitions, fc.nat(), replacements, (definition, pick, replacement) => {
        const candidate = mutate(definition, pick, replacement);
        if (z.safeParse(QuestionnaireSchema, candidate).success) return;
        rejected += 1;
        const { ok, issues } = parseQuestionnaire(candidate);
        expect(ok).toBe(false);
        expect(issues.length).toBeGreaterThan(0);
        for (const issue of issues) expect(shapeCodes).toContain(issue.code);
      }),
      { numRuns: 600, seed: 7 },
    );
    expect(rejected).toBeGreaterThan(100);
  }, 30_000);

  it('finds an unknown field at its exact path at every level, so a newer zod cannot let one through', () => {
    const cases: [string, (q: Record<string, any>) => void, string][] = [
      ['the root', (q) => (q.colour = 'red'), 'colour'],
      ['a section', (q) => (q.sections[0].hint = 'x'), 'sections[0].hint'],
      ['a question', (q) => (q.sections[0].questions[0].placeholder = 'x'), 'sections[0].questions[0].placeholder'],
      ['an option', (q) => (q.sections[0].questions[1].options[0].score = 3), 'sections[0].questions[1].options[0].score'],
      ['a condition', (q) => (q.sections[1].questions[3].visibleIf = { question: 'market', in: ['b2b'], unless: true }), 'sections[1].questions[3].visibleIf.unless'],
      ['a nested condition', (q) => (q.rules[0].when = { all: [{ dimension: 'reach', lt: 50, often: 1 }] }), 'rules[0].when.all[0].often'],
      ['a KPI benchmark', (q) => (q.kpis[0].benchmark.region = 'EU'), 'kpis[0].benchmark.region'],
      ['a rule link', (q) => (q.rules[0].links = [{ label: 'More', url: 'https://example.com', target: '_blank' }]), 'rules[0].links[0].target'],
    ];
    for (const [where, breakIt, path] of cases) {
      const definition = structuredClone(miniQuestionnaire()) as Record<string, any>;
      breakIt(definition);
      const { ok, issues } = parseQuestionnaire(definition);
      expect(ok, where).toBe(false);
      expect(issues, where).toContainEqual(expect.objectContaining({ code: 'unknown_field', path }));
    }
  });

  it('turns an issue code the kit does not know into an issue of its own, never dropping it', () => {
    const unknownToKit: Parameters<typeof fromZodIssues>[0][number] = { code: 'not_multiple_of', divisor: 5, path: ['tiers', 0, 'min'], message: '', input: 3 };
    const issues = fromZodIssues([unknownToKit], {});
    expect(issues).toEqual([expect.objectContaining({ code: 'invalid_definition', path: 'tiers[0].min', params: { zodCode: 'not_multiple_of' } })]);
    expect(issueMessagesEn.invalid_definition({ zodCode: 'not_multiple_of' })).toContain('not_multiple_of');
  });
});

describe('the editors’ JSON Schema, generated from the same zod schemas', () => {
  it('accepts the bundled assessment and the test fixture', () => {
    expect(editorSchema(base)).toBe(true);
    expect(editorSchema(miniQuestionnaire())).toBe(true);
  });

  it('accepts and rejects what the runtime does, on broken definitions', () => {
    fc.assert(
      fc.property(definitions, fc.nat(), replacements, (definition, pick, replacement) => {
        const candidate = mutate(definition, pick, replacement);
        expect(editorSchema(candidate)).toBe(z.safeParse(QuestionnaireSchema, candidate).success);
      }),
      { numRuns: 600, seed: 7 },
    );
  }, 30_000);

  it('accepts and rejects what the runtime does, on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        expect(editorSchema(value)).toBe(z.safeParse(QuestionnaireSchema, value).success);
      }),
      { numRuns: 300, seed: 11 },
    );
  });
});
