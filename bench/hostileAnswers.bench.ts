/*
 * npm run bench:hostile-answers: how the time to check hostile answers grows with their size. A
 * benchmark, not a test: it writes bench/HOSTILE-ANSWERS.md and never fails a build. Linear work shows
 * as a flat "µs per item" column; the old duplicate check (indexOf per item) grew with the square.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import {
  createMemoryStorage,
  parseQuestionnaire,
  restoreSnapshot,
  validateAnswers,
  type Questionnaire,
} from '../src/core';
import { socialMediaAssessment } from '../src/content/social-media';

const SIZES = [10_000, 40_000, 100_000, 200_000] as const;
const REPEATS = 9;

/** The median of `REPEATS` timings of `run`, in milliseconds. */
function medianMs(run: () => unknown): number {
  const times: number[] = [];
  for (let index = 0; index < REPEATS; index += 1) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** A definition whose one multi question has `count` options: the only way a list of `count` distinct items is valid. */
function wideQuestionnaire(count: number): Questionnaire {
  const parsed = parseQuestionnaire({
    id: 'wide',
    version: '1',
    title: 'Wide',
    locales: ['en'],
    dimensions: [{ id: 'd', label: 'D' }],
    sections: [
      {
        id: 's',
        title: 'S',
        questions: [
          { id: 'pick', type: 'multi', label: 'Pick', options: Array.from({ length: count }, (_, index) => ({ id: `o${index}`, label: `O${index}`, points: { d: 1 } })) },
        ],
      },
    ],
    tiers: [{ id: 't', label: 'T', min: 0, max: 100 }],
  });
  if (!parsed.ok) throw new Error(`the wide definition does not validate: ${parsed.issues[0]?.message}`);
  return parsed.value;
}

interface Row {
  case: string;
  items: number;
  ms: number;
}

const rows: Row[] = [];
for (const size of SIZES) {
  const wide = wideQuestionnaire(size);
  const every = Array.from({ length: size }, (_, index) => `o${index}`);
  // Every option chosen once: each item is checked for a duplicate, which is the work that was quadratic.
  rows.push({ case: 'validateAnswers: N distinct options chosen, on a question with N options (duplicate check)', items: size, ms: medianMs(() => validateAnswers(wide, { pick: every })) });
  const tooMany = Array<string>(size).fill('linkedin');
  rows.push({
    case: 'validateAnswers: N items on the bundled 8-option question (refused at its limit before any item is read)',
    items: size,
    ms: medianMs(() => validateAnswers(socialMediaAssessment, { next_steps: tooMany })),
  });
  const unknownKeys = Object.fromEntries(Array.from({ length: size }, (_, index) => [`ghost_${index}`, 1]));
  rows.push({ case: 'validateAnswers: N unknown question ids (100 issues listed, then a count)', items: size, ms: medianMs(() => validateAnswers(socialMediaAssessment, unknownKeys)) });
  const snapshot = JSON.stringify({
    format: 'readiness-kit/snapshot',
    v: 1,
    questionnaire: { id: socialMediaAssessment.id, version: socialMediaAssessment.version },
    answers: { next_steps: Array<string>(size).fill('demo') },
  });
  rows.push({ case: `restoreSnapshot: a snapshot of an N-item answer (parsed, or set aside past ${'2,000,000'} characters)`, items: size, ms: medianMs(() => restoreSnapshot(createMemoryStorage({ acme: snapshot }), 'acme', socialMediaAssessment)) });
}

const cases = [...new Set(rows.map((row) => row.case))];
const table = cases.flatMap((name) =>
  rows
    .filter((row) => row.case === name)
    .map((row) => `| ${name} | ${row.items.toLocaleString('en')} | ${row.ms.toFixed(2)} | ${((row.ms * 1000) / row.items).toFixed(3)} |`),
);
const report = `# Hostile answers: time against size

Written by \`npm run bench:hostile-answers\` on ${new Date().toISOString()}. Do not edit by hand; run it again.

- Machine: ${os.type()} ${os.release()} ${os.arch()}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}
- Node ${process.version}; readiness-kit from source; median of ${REPEATS} runs each

Linear work keeps "µs per item" flat as N grows; work refused at a limit falls per item. Before the limits
(issue 16), a multi answer of N distinct items took 186 ms at 10,000 items, 1.2 s at 40,000 and 7.6–11.4 s
at 100,000 (the held-out test's figures): quadratic.

| case | N | median ms | µs per item |
| --- | ---: | ---: | ---: |
${table.join('\n')}
`;
writeFileSync(new URL('./HOSTILE-ANSWERS.md', import.meta.url), report);
console.log(report);
