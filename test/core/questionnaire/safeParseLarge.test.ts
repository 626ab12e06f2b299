import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { socialMediaAssessment } from '../../../src/content/social-media';
import { QuestionnaireSchema } from '../../../src/core/questionnaire/questionnaire.schema';
import { safeParseLarge } from '../../../src/core/questionnaire/safeParseLarge';
import { fromZodIssues, writeDrafts } from '../../../src/core/questionnaire/zodIssues';
import { miniQuestionnaire } from '../../fixtures/miniQuestionnaire';

/*
 * A definition with a list of more than 10,000 items is checked a part at a time, so that zod never
 * gathers 100,000 issues in one call: the issues must be exactly those zod gives checking it whole
 * (here, where there are few enough for zod to manage), in the same order, with the same paths.
 */

type Json = Record<string, any>;

/** A copy of `root` with the value at one of its places (picked by `pick`) replaced. */
function mutate(root: unknown, pick: number, replacement: unknown): Json {
  const copy = structuredClone(root) as Json;
  const slots: [Json, string | number][] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach((child, index) => (slots.push([node as Json, index]), walk(child)));
    else if (node && typeof node === 'object') for (const [key, child] of Object.entries(node)) slots.push([node as Json, key]), walk(child);
  };
  walk(copy);
  const slot = slots[pick % slots.length];
  if (slot) slot[0][slot[1]] = replacement;
  return copy;
}

const WIDE = 10_001;
const replacements = fc.oneof(
  fc.constantFrom<unknown>(null, true, 0, -1, 1.5, 1e9, '', 'x', 'bad id', [], {}, { en: 3 }, [1], 'single', { extra: 1 }, { not: {} }, { all: [] }, { question: 'ghost', gt: 'x' }),
  fc.string({ maxLength: 6 }),
  fc.integer(),
);

/** The definition widened in one of three places: its locales, the first choice question's options, a rule's `all`. */
function widened(definition: Json, where: 'locales' | 'options' | 'condition', extra: unknown): Json {
  const wide = structuredClone(definition);
  if (where === 'locales') wide.locales = Array<unknown>(WIDE).fill('en').concat([extra]);
  else if (where === 'options') {
    const question = (Array.isArray(wide.sections) ? wide.sections : []).flatMap((section: Json) => (Array.isArray(section?.questions) ? section.questions : [])).find((q: Json) => Array.isArray(q?.options));
    if (question) question.options = [...Array.from({ length: WIDE }, (_, index) => ({ id: `o${index}`, label: 'O' })), extra];
  } else {
    const rule = { id: 'wide', priority: 'high', title: 't', body: 'b', when: { all: [...Array<unknown>(WIDE).fill({ question: 'x', answered: true }), extra] } };
    wide.rules = [...(Array.isArray(wide.rules) ? wide.rules : []), rule];
  }
  return wide;
}

describe('safeParseLarge', () => {
  it('gives exactly zod’s issues for a definition wide enough to be checked in pieces', () => {
    let compared = 0;
    fc.assert(
      fc.property(
        fc.constantFrom<unknown>(miniQuestionnaire(), socialMediaAssessment),
        fc.nat(),
        replacements,
        fc.constantFrom('locales', 'options', 'condition' as const),
        replacements,
        (definition, pick, replacement, where, extra) => {
          const candidate = widened(mutate(definition, pick, replacement), where, extra);
          const whole = z.safeParse(QuestionnaireSchema, candidate);
          const parsed = safeParseLarge(QuestionnaireSchema, candidate);
          expect(parsed.success).toBe(whole.success);
          if (whole.success || parsed.success) return;
          compared += 1;
          expect(writeDrafts(parsed.drafts)).toEqual(fromZodIssues(whole.error.issues, candidate));
        },
      ),
      { seed: 16, numRuns: 120 },
    );
    expect(compared).toBeGreaterThan(60);
  }, 120_000);

  it('returns zod’s own parsed copy for a valid wide definition', () => {
    const wide = widened(miniQuestionnaire() as Json, 'options', { id: 'last', label: 'Last' });
    const parsed = safeParseLarge(QuestionnaireSchema, wide);
    expect(parsed).toEqual({ success: true, data: wide });
    if (parsed.success) expect(parsed.data).not.toBe(wide);
  });
});
