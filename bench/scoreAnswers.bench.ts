/*
 * npm run bench: µs per call of the core's hot paths on the bundled assessment, every question
 * answered. A benchmark, not a test: it reports figures and never fails a build.
 */
import os from 'node:os';
import { Bench } from 'tinybench';
import { parseQuestionnaire, scoreAnswers, validateAnswers } from '../src/core';
import { socialMediaAssessment } from '../src/content/social-media';
import { answerEverything } from './answerEverything';

const TARGET_MEDIAN_US = 20;

const parsed = parseQuestionnaire(socialMediaAssessment);
if (!parsed.ok) throw new Error('the bundled assessment does not validate');
const questionnaire = parsed.value;
// Built key by key, as a wizard builds them (V8 keeps such an object as a hash table), and parsed
// from JSON, as a stored or posted answer file arrives (V8 gives it fast properties).
const answers = answerEverything(questionnaire);
const parsedAnswers = JSON.parse(JSON.stringify(answers));
const questionCount = questionnaire.sections.reduce((sum, s) => sum + s.questions.length, 0);
const visible = scoreAnswers(questionnaire, answers);
if (visible.issues.length > 0) throw new Error(`bench answers are invalid: ${visible.issues[0]?.message}`);

const bench = new Bench({ time: 1500, warmupTime: 300 });
bench
  .add('scoreAnswers, answers built key by key (validation included)', () => {
    scoreAnswers(questionnaire, answers);
  })
  .add('scoreAnswers, answers parsed from JSON (validation included)', () => {
    scoreAnswers(questionnaire, parsedAnswers);
  })
  .add('validateAnswers (all answered)', () => {
    validateAnswers(questionnaire, answers);
  })
  .add('parseQuestionnaire (whole definition, once per definition)', () => {
    parseQuestionnaire(socialMediaAssessment);
  });

await bench.run();

const rows = bench.tasks.map((task) => {
  const result = task.result as { latency?: { p50: number; p99: number; samplesCount: number } };
  const latency = result.latency;
  return {
    task: task.name,
    'median µs': latency ? +(latency.p50 * 1000).toFixed(2) : NaN,
    'p99 µs': latency ? +(latency.p99 * 1000).toFixed(2) : NaN,
    samples: latency?.samplesCount ?? 0,
  };
});
console.log(`readiness-kit core bench: ${questionCount} questions, all answered; node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'}`);
console.table(rows);
for (const row of rows.slice(0, 2)) {
  const median = row['median µs'];
  console.log(`${row.task}: median ${median} µs, ${median <= TARGET_MEDIAN_US ? 'within' : 'OVER'} the ${TARGET_MEDIAN_US} µs target.`);
}
