/*
 * npm run bench: the kit (built dist/) beside SurveyJS in one run, alternating, medians; prints one
 * table with ratios and writes bench/RESULTS.md. Run with `node --expose-gc --import tsx bench/run.ts`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { socialMediaAssessment } from '../dist/social-media.js';
import { createAssessmentStore, createBatchScorer, scoreAnswers } from '../dist/core.js';
import type { Answers, Questionnaire } from '../dist/core.js';
import { installJsdom } from './jsdomGlobals';
import { answerAndScoreKit, answerOneByOne, buildKitModel, scoreAllKit } from './kit/headless';
import { measureLoadCurve } from './loadCurve';
import { measureLoadRender } from './loadRender';
import { missedBecause } from './missedBecause';
import { alternate, median } from './measure';
import { canMeasureMemory, heapPerInstance } from './memory';
import { formatResults, type Row } from './report';
import { measureSize, sizeEntries } from './sizes';
import { formatStreaming, measureStreamingScorer, scoreFileWithBinary } from './streamingScorer';
import { kitSsrBytes, surveySsrBytes } from './ssr';
import { answerAndScoreSurvey, buildSurveyModel, loadAndScoreSurvey } from './surveyjs/headless';
import { toSurveyJson } from './surveyjs/toSurveyJson';

if (!existsSync(new URL('../dist/core.js', import.meta.url))) throw new Error('dist/ is missing: run `npm run build` at the root first');
if (process.env.NODE_ENV !== 'production') process.stderr.write('NODE_ENV is not "production": React renders in its development build; run `npm run bench`\n');

const questionnaire = socialMediaAssessment as unknown as Questionnaire;
const surveyJson = toSurveyJson(questionnaire);
const dimensionIds = questionnaire.dimensions.map((d) => d.id);
const personas = ['enterprise-saas', 'consumer-fashion'].map((name) =>
  JSON.parse(readFileSync(new URL(`../examples/answers/${name}.json`, import.meta.url), 'utf8')) as Record<string, never>,
);
const answers = personas[0]!;
const rows: Row[] = [];
const log = (message: string) => process.stderr.write(`${message}\n`);

// Equivalence first: both sides must give the same dimension scores, or the comparison means nothing.
for (const persona of personas) {
  const kit = answerAndScoreKit(buildKitModel(socialMediaAssessment), persona);
  const survey = answerAndScoreSurvey(buildSurveyModel(surveyJson), persona, dimensionIds);
  const kitBulk = scoreAllKit(buildKitModel(socialMediaAssessment).questionnaire, persona);
  const surveyBulk = loadAndScoreSurvey(buildSurveyModel(surveyJson), persona, dimensionIds);
  for (const id of dimensionIds)
    if (kitBulk[id] !== kit[id] || Math.abs((surveyBulk[id] ?? -1) - (survey[id] ?? -1)) > 1e-9) throw new Error(`dimension ${id}: bulk scoring differs`);
  for (const id of dimensionIds)
    if (Math.abs((kit[id] ?? -1) - (survey[id] ?? -1)) > 1e-9) throw new Error(`dimension ${id}: kit ${kit[id]}, SurveyJS ${survey[id]}`);
}
log(`equivalent: ${dimensionIds.length} dimension scores match on ${personas.length} personas`);

log('headless…');
const build = await alternate({ kit: () => buildKitModel(socialMediaAssessment), surveyjs: () => buildSurveyModel(surveyJson) }, { samples: 41, warmup: 5 });
rows.push({ metric: 'model build from definition', unit: 'ms', kit: build.kit, surveyjs: build.surveyjs, target: null });
// Each sample answers a fresh model, built outside the timing.
const answerTimes = { kit: [] as number[], surveyjs: [] as number[] };
for (let round = 0; round < 46; round += 1) {
  const kitModel = buildKitModel(socialMediaAssessment);
  const surveyModel = buildSurveyModel(surveyJson);
  const t0 = process.hrtime.bigint();
  answerAndScoreKit(kitModel, answers);
  const t1 = process.hrtime.bigint();
  answerAndScoreSurvey(surveyModel, answers, dimensionIds);
  const t2 = process.hrtime.bigint();
  if (round >= 5) {
    answerTimes.kit.push(Number(t1 - t0) / 1e6);
    answerTimes.surveyjs.push(Number(t2 - t1) / 1e6);
  }
}
const answerCount = Object.keys(answers).length;
rows.push({ metric: `set ${answerCount} answers one by one + score ${dimensionIds.length} dimensions`, unit: 'ms', kit: median(answerTimes.kit), surveyjs: median(answerTimes.surveyjs), target: 1000, why: missedBecause.answerOneByOne });

// Bulk: the whole answer set at once, each side's idiomatic way; SurveyJS's model built outside the timing.
const parsedOnce = buildKitModel(socialMediaAssessment).questionnaire;
const bulkTimes = { kit: [] as number[], surveyjs: [] as number[] };
for (let round = 0; round < 46; round += 1) {
  const surveyModel = buildSurveyModel(surveyJson);
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < 20; i += 1) scoreAllKit(parsedOnce, answers);
  const t1 = process.hrtime.bigint();
  loadAndScoreSurvey(surveyModel, answers, dimensionIds);
  const t2 = process.hrtime.bigint();
  if (round >= 5) {
    bulkTimes.kit.push(Number(t1 - t0) / 1e6 / 20);
    bulkTimes.surveyjs.push(Number(t2 - t1) / 1e6);
  }
}
rows.push({ metric: `score a whole answer set (scoreAnswers / model.data =)`, unit: 'ms', kit: median(bulkTimes.kit), surveyjs: median(bulkTimes.surveyjs), target: 1000, why: missedBecause.scoreWholeSet });

// The store against scoring at once, kit only: the first 40 answers of the persona, one `store.answer`
// each, then the live profile, against `scoreAnswers` of the same 40 (issue 12's target: within 3×).
// Timed on a store opened outside the timing, as the rows above build their models, and with the
// store created inside it.
const first40 = Object.fromEntries(Object.entries(answers).slice(0, 40)) as Answers;
const storeTimes = { created: [] as number[], open: [] as number[], atOnce: [] as number[] };
for (let round = 0; round < 2046; round += 1) {
  const open = createAssessmentStore(parsedOnce);
  const t0 = process.hrtime.bigint();
  answerOneByOne(parsedOnce, first40);
  const t1 = process.hrtime.bigint();
  for (const [questionId, value] of Object.entries(first40)) open.answer(questionId, value);
  void open.getState().profile;
  const t2 = process.hrtime.bigint();
  scoreAnswers(parsedOnce, first40);
  const t3 = process.hrtime.bigint();
  if (round >= 46) {
    storeTimes.created.push(Number(t1 - t0) / 1e3);
    storeTimes.open.push(Number(t2 - t1) / 1e3);
    storeTimes.atOnce.push(Number(t3 - t2) / 1e3);
  }
}
const oneByOne = { created: median(storeTimes.created), open: median(storeTimes.open), atOnce: median(storeTimes.atOnce) };
log(`store: 40 answers one by one ${oneByOne.created.toFixed(1)} µs (store created in the timing), ${oneByOne.open.toFixed(1)} µs (store already open); scoreAnswers of the same 40 ${oneByOne.atOnce.toFixed(1)} µs`);

log('streaming batch scoring…');
const streaming = formatStreaming(
  await measureStreamingScorer({
    questionnaire: parsedOnce,
    createBatchScorer,
    scoreAnswers,
    scoreFile: scoreFileWithBinary(fileURLToPath(new URL('../dist/cli.js', import.meta.url))),
    cliLabel: 'node dist/cli.js, a child process writing to /dev/null, start-up included',
  }),
);
for (const line of streaming) log(line);

log('memory…');
const memoryKit = heapPerInstance(() => {
  const model = buildKitModel(socialMediaAssessment);
  answerAndScoreKit(model, answers);
  return model;
}, 200);
const memorySurvey = heapPerInstance(() => {
  const model = buildSurveyModel(surveyJson);
  answerAndScoreSurvey(model, answers, dimensionIds);
  return model;
}, 100);
rows.push({ metric: 'heap per live answered model', unit: 'KB', kit: memoryKit / 1024, surveyjs: memorySurvey / 1024, target: 15, why: missedBecause.memory });
// How the kit is used: one parsed definition per page or server, one session per respondent.
const memorySession = heapPerInstance(() => answerOneByOne(parsedOnce, answers), 200);
rows.push({
  metric: 'heap per answered store, definition parsed once and shared (SurveyJS: per model, as above)',
  unit: 'KB',
  kit: memorySession / 1024,
  surveyjs: memorySurvey / 1024,
  target: null,
});

log('load curve…');
const curve = measureLoadCurve([10, 50, 100, 200, 500]);

log('jsdom render…');
installJsdom();
const { loadKitRenderer } = await import('./kit/render');
const { loadSurveyRenderer } = await import('./surveyjs/render');
const kitRenderer = await loadKitRenderer();
const surveyRenderer = await loadSurveyRenderer(surveyJson);
const mounted: { kit: ReturnType<typeof kitRenderer.mount>[]; surveyjs: ReturnType<typeof surveyRenderer.mount>[] } = { kit: [], surveyjs: [] };
const mount = await alternate(
  { kit: () => mounted.kit.push(kitRenderer.mount()), surveyjs: () => mounted.surveyjs.push(surveyRenderer.mount()) },
  { samples: 15, warmup: 3 },
);
rows.push({ metric: 'jsdom first mount (wizard step 1 / Survey page 1)', unit: 'ms', kit: mount.kit, surveyjs: mount.surveyjs, target: 8 });
for (const m of mounted.kit.splice(1)) kitRenderer.unmount(m);
for (const m of mounted.surveyjs.splice(1)) surveyRenderer.unmount(m);
let click = 0;
const rerender = await alternate(
  { kit: () => kitRenderer.answer(mounted.kit[0]!.container, click++), surveyjs: () => surveyRenderer.answer(mounted.surveyjs[0]!.container, click++) },
  { samples: 31, warmup: 4 },
);
rows.push({ metric: "one answer's re-render (radio click)", unit: 'ms', kit: rerender.kit, surveyjs: rerender.surveyjs, target: 15, why: missedBecause.rerender });
log('load, rendered…');
const loadRender = measureLoadRender(kitRenderer, [10, 100, 500]);

log('server rendering…');
const ssrKit = await kitSsrBytes();
const ssrSurvey = await surveySsrBytes(surveyJson);
rows.push({ metric: 'SSR HTML of the first step', unit: 'KB', kit: ssrKit / 1024, surveyjs: ssrSurvey.bytes / 1024, target: null, note: ssrSurvey.error });

log('bundle sizes…');
const sizes = new Map<string, number>();
for (const entry of sizeEntries) sizes.set(entry.label, (await measureSize(entry)).gzip / 1024);
const size = (label: string) => sizes.get(label)!;
const pairs: [string, string, string, string?][] = [
  ['gzip: core (all exports) vs survey-core', 'core (headless)', 'survey-core', missedBecause.coreAll],
  ['gzip: core, engine and store only vs survey-core', 'core: engine and store only (tree-shaken)', 'survey-core'],
  ['gzip: React entry vs survey-core + survey-react-ui', 'React entry (no React)', 'survey-core + survey-react-ui (no React)', missedBecause.reactEntry],
  [
    'gzip: React entry, code only (translations left out) vs survey-core + survey-react-ui',
    'React entry, code only (no React, no translations)',
    'survey-core + survey-react-ui (no React)',
    missedBecause.reactEntryCode,
  ],
  ['gzip: CSS vs survey-core CSS', 'CSS', 'survey-core CSS', missedBecause.css],
  ['gzip: script-tag embed vs @typeform/embed', 'script-tag embed (dist/embed.global.js)', '@typeform/embed', missedBecause.embed],
  ['gzip: React entry vs one @tremor/react KPI card', 'React entry (no React)', '@tremor/react KPI card (no React)', missedBecause.reactEntryVsCard],
  ['gzip: KpiCard alone vs one @tremor/react KPI card', 'KpiCard alone (no React, tree-shaken)', '@tremor/react KPI card (no React)', missedBecause.kpiCard],
  ['gzip: KpiCard alone, code only vs one @tremor/react KPI card', 'KpiCard alone, code only (no React, no translations)', '@tremor/react KPI card (no React)'],
];
for (const [metric, kit, peer, why] of pairs) rows.push({ metric, unit: 'KB', kit: size(kit), surveyjs: size(peer), target: 10, why });

const bench = fileURLToPath(new URL('.', import.meta.url));
const versions = Object.fromEntries(
  ['survey-core', 'survey-react-ui', '@typeform/embed', '@tremor/react', 'esbuild', 'jsdom', 'react', 'react-dom'].map((name) => [
    name,
    (JSON.parse(readFileSync(`${bench}node_modules/${name}/package.json`, 'utf8')) as { version: string }).version,
  ]),
);
const { table, markdown } = formatResults({ rows, curve, loadRender, versions, answerCount, memoryMeasured: canMeasureMemory, oneByOne, streaming });
console.log(table);
writeFileSync(`${bench}RESULTS.md`, markdown);
log('wrote bench/RESULTS.md');
for (const m of mounted.kit) kitRenderer.unmount(m);
for (const m of mounted.surveyjs) surveyRenderer.unmount(m);
process.exit(0);
