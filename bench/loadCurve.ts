/*
 * Load: generated questionnaires of 10 to 500 questions (10 per section, up to 20 dimensions), every
 * question answered, scored with the kit's scoreAnswers. The time per question should stay flat.
 */
import { createAssessmentStore, parseQuestionnaire, scoreAnswers } from '../dist/core.js';
import type { Questionnaire } from '../dist/core.js';
import { answerEverything } from './answerEverything';
import { batchedMedian } from './measure';

/** A valid questionnaire of `count` questions: singles, likerts, multis and numbers in turn. */
export function generateQuestionnaire(count: number): Questionnaire {
  const dimensionCount = Math.min(20, Math.max(2, Math.ceil(count / 25)));
  const dimensions = Array.from({ length: dimensionCount }, (_, i) => ({ id: `d${i}`, label: `Dimension ${i}` }));
  const dim = (i: number) => `d${i % dimensionCount}`;
  const question = (i: number) => {
    const base = { id: `q${i}`, label: `Question ${i}` };
    switch (i % 4) {
      case 0:
        return { ...base, type: 'single', options: [{ id: 'no', label: 'No' }, { id: 'yes', label: 'Yes', points: { [dim(i)]: 2 } }] };
      case 1:
        return { ...base, type: 'likert', points: { [dim(i)]: 4 } };
      case 2:
        return { ...base, type: 'multi', max: 2, options: ['a', 'b', 'c'].map((id, k) => ({ id, label: id, points: { [dim(i + k)]: 1 } })) };
      default:
        return { ...base, type: 'number', min: 0, bands: [{ atLeast: 10, points: { [dim(i)]: 1 } }, { atLeast: 30, points: { [dim(i)]: 3 } }] };
    }
  };
  const sections = Array.from({ length: Math.ceil(count / 10) }, (_, s) => ({
    id: `s${s}`,
    title: `Section ${s}`,
    questions: Array.from({ length: Math.min(10, count - s * 10) }, (_, k) => question(s * 10 + k)),
  }));
  const tiers = [{ id: 'low', label: 'Low', min: 0, max: 50 }, { id: 'high', label: 'High', min: 50, max: 100 }];
  const parsed = parseQuestionnaire({ id: `load-${count}`, version: '1', title: 'Load', locales: ['en'], sections, dimensions, tiers });
  if (!parsed.ok) throw new Error(`generated questionnaire of ${count} does not validate: ${JSON.stringify(parsed.issues[0])}`);
  return parsed.value;
}

/** One size's figures: scoreAnswers µs (and per question), and one answer through the store. */
export interface LoadCurvePoint {
  questions: number;
  us: number;
  usPerQuestion: number;
  /** µs of one `store.answer` on a store holding every other answer (the wizard's per-click core work). */
  answerUs: number;
}

/** Median µs of scoreAnswers for each size, µs per question, and µs of one answer through the store. */
export function measureLoadCurve(sizes: readonly number[]): LoadCurvePoint[] {
  return sizes.map((questions) => {
    const questionnaire = generateQuestionnaire(questions);
    const answers = answerEverything(questionnaire as never);
    const issues = scoreAnswers(questionnaire, answers).issues;
    if (issues.length) throw new Error(`load answers invalid: ${issues[0]?.message}`);
    const batch = Math.max(5, Math.round(4000 / questions));
    const us = batchedMedian(() => scoreAnswers(questionnaire, answers), { samples: 31, batch }) * 1000;
    // A likert answer flipped between two values, so that every action is a real change.
    const likert = questionnaire.sections[0]!.questions[1]!.id;
    const store = createAssessmentStore(questionnaire, { answers });
    let flip = 0;
    const answerUs = batchedMedian(() => store.answer(likert, 2 + (flip++ % 2)), { samples: 31, batch }) * 1000;
    return { questions, us, usPerQuestion: us / questions, answerUs };
  });
}
