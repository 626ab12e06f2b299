/*
 * `node --expose-gc --import tsx bench/definitionScaling.bench.ts`: how the time to validate a definition grows with its
 * size, on the hostile shapes. A benchmark, not a test: it prints figures and never fails a
 * build. Linear work shows as a flat "µs per item" column from 1,000 items to 100,000; quadratic work
 * (an `indexOf` duplicate check, a spread of every issue) would grow it a hundredfold.
 */
import os from 'node:os';
import { parseQuestionnaire, type Questionnaire } from '../src/core';
import { checkReferences } from '../src/core/questionnaire/checkReferences';
import { checkDefinitionText } from '../src/playground/validation/checkDefinitionText';
import { median, timeOnce } from './measure';

const SIZES = [1_000, 10_000, 100_000] as const;

/** A valid two-question definition to grow: the shapes below replace one of its lists. */
const base = (): Questionnaire => ({
  id: 'scaling',
  version: '1',
  title: 'Scaling',
  locales: ['en'],
  dimensions: [{ id: 'd', label: 'D' }],
  sections: [{ id: 's', title: 'S', questions: [{ id: 'q', type: 'likert', label: 'Q', points: { d: 1 } }] }],
  tiers: [{ id: 't', label: 'T', min: 0, max: 100 }],
});

/** One section with one question: many of them make a large, valid-shaped definition. */
const section = (index: number, id = `s${index}`) => ({ id, title: 'S', questions: [{ id: `q${index}`, type: 'likert' as const, label: 'Q', points: { d: 1 } }] });

const shapes: [string, (count: number) => () => unknown][] = [
  ['parseQuestionnaire, N empty sections (rejected: 100 issues + "and N more")', (count) => {
    const definition = { ...base(), sections: Array.from({ length: count }, (_, index) => ({ id: `s${index}`, title: 'S', questions: [] })) };
    return () => parseQuestionnaire(definition);
  }],
  ['parseQuestionnaire, N sections of {} (3N missing fields, gathered in pieces)', (count) => {
    const definition = { ...base(), sections: Array.from({ length: count }, () => ({})) };
    return () => parseQuestionnaire(definition);
  }],
  ['parseQuestionnaire, N valid sections (accepted)', (count) => {
    const definition = { ...base(), sections: Array.from({ length: count }, (_, index) => section(index)) };
    return () => parseQuestionnaire(definition);
  }],
  ['checkReferences, N sections sharing one id (N − 1 duplicates, by Map)', (count) => {
    const definition = { ...base(), sections: Array.from({ length: count }, (_, index) => section(index, 'same')) };
    return () => checkReferences(definition);
  }],
  ['checkReferences, N locales all "en" (N − 1 duplicate_locale, by Map)', (count) => {
    const definition = { ...base(), locales: Array<string>(count).fill('en') };
    return () => checkReferences(definition);
  }],
  ['checkDefinitionText, N empty sections as text (located issues)', (count) => {
    const text = JSON.stringify({ ...base(), sections: Array.from({ length: count }, (_, index) => ({ id: `s${index}`, title: 'S', questions: [] })) });
    return () => checkDefinitionText(text);
  }],
];

const rows: Record<string, string | number>[] = [];
for (const [name, make] of shapes) {
  const perItem: number[] = [];
  for (const count of SIZES) {
    const run = make(count);
    const samples = count >= 100_000 ? 3 : count >= 10_000 ? 7 : 21;
    const times: number[] = [];
    await timeOnce(run);
    for (let sample = 0; sample < samples; sample += 1) {
      // A full collection between samples (with --expose-gc), so no sample pays for an earlier one's garbage.
      (globalThis as { gc?: () => void }).gc?.();
      times.push(await timeOnce(run));
    }
    const ms = median(times);
    perItem.push((ms * 1000) / count);
    rows.push({ shape: name, N: count.toLocaleString('en'), 'median ms': +ms.toFixed(2), 'µs per item': +((ms * 1000) / count).toFixed(2) });
  }
  rows.push({ shape: `  ${name}: µs per item at 100,000 ÷ at 1,000`, N: '', 'median ms': '', 'µs per item': +(perItem[2]! / perItem[0]!).toFixed(2) });
}

console.log(`readiness-kit definition scaling; node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'}`);
console.table(rows);
