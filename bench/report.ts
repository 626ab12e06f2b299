/*
 * The bench's output: one console table with ratios (peer ÷ kit, so higher means the kit is
 * cheaper) and bench/RESULTS.md with the machine, versions, date, table, load curve and targets.
 */
import os from 'node:os';
import type { LoadCurvePoint } from './loadCurve';
import type { LoadRenderPoint } from './loadRender';

/** One compared figure; `target` is the issue's minimum ratio, or null when it sets none. */
export interface Row {
  metric: string;
  unit: 'ms' | 'KB';
  kit: number;
  surveyjs: number;
  target: number | null;
  note?: string;
  /** Why the kit misses the target, printed under the table when it does (bench/missedBecause.ts). */
  why?: string;
}

const fixed = (value: number) => (Number.isNaN(value) ? 'n/a' : value >= 100 ? value.toFixed(0) : value >= 1 ? value.toFixed(2) : value.toFixed(4));
const ratioOf = (row: Row) => row.surveyjs / row.kit;
const verdict = (row: Row) =>
  row.target === null ? '(no target)' : Number.isNaN(ratioOf(row)) ? 'NOT MEASURED' : ratioOf(row) >= row.target ? `met (≥ ${row.target}×)` : `MISSED (< ${row.target}×)`;

/** The console table and the RESULTS.md text. */
export function formatResults(input: {
  rows: Row[];
  curve: LoadCurvePoint[];
  loadRender: LoadRenderPoint[];
  versions: Record<string, string>;
  answerCount: number;
  memoryMeasured: boolean;
  /** The store against scoring at once, 40 answers, µs: store created in the timing, already open, and `scoreAnswers`. */
  oneByOne: { created: number; open: number; atOnce: number };
  /** The streaming batch scorer's lines (bench/streamingScorer.ts): profiles/s beside the plain-scorer floor. */
  streaming: string[];
}): { table: string; markdown: string } {
  const { rows, curve, versions, loadRender } = input;
  const missed = rows.filter((row) => verdict(row).startsWith('MISSED'));
  const header = ['metric', 'unit', 'readiness-kit', 'peer', 'peer ÷ kit', 'target'];
  const body = rows.map((row) => [row.metric, row.unit, fixed(row.kit), fixed(row.surveyjs), `${fixed(ratioOf(row))}×`, verdict(row)]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  const table = `${[line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n')}\n`;
  const first = curve[0]!;
  const last = curve[curve.length - 1]!;
  const growth = last.us / first.us / (last.questions / first.questions);
  const { oneByOne } = input;
  // As every other headless row here, the model (the store) is built outside the timing; the figure with it built inside is shown too.
  const storeRatio = oneByOne.open / oneByOne.atOnce;
  const storeLine = `Answering 40 questions one by one through the store, then reading the live profile: ${oneByOne.open.toFixed(1)} µs on a store already open, ${storeRatio.toFixed(2)}× scoring the same 40 answers at once (${oneByOne.atOnce.toFixed(1)} µs; target ≤ 3×, ${storeRatio <= 3 ? 'met' : 'MISSED'}); ${oneByOne.created.toFixed(1)} µs (${(oneByOne.created / oneByOne.atOnce).toFixed(2)}×) with the store created in the timing too.`;
  const cpu = os.cpus();
  const markdown = `# Benchmark: readiness-kit beside SurveyJS

Written by \`npm run bench\` on ${new Date().toISOString()}. Do not edit by hand; run it again.

- Machine: ${os.type()} ${os.release()} ${os.arch()}, ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB
- Node ${process.version}; readiness-kit from the repo's built \`dist/\`
- Peers: ${Object.entries(versions).map(([name, version]) => `${name} ${version}`).join(', ')}

Ratios are peer ÷ kit: above 1 the kit is faster or smaller. Times are medians over repeated samples taken in one
run, kit and SurveyJS alternating. The targets are the issue's.

| metric | unit | readiness-kit | peer | peer ÷ kit | target |
| --- | --- | ---: | ---: | ---: | --- |
${body.map((r) => `| ${r.join(' | ')} |`).join('\n')}
${rows.filter((r) => r.note).map((r) => `\n${r.metric}: ${r.note}`).join('')}${input.memoryMeasured ? '' : '\nMemory was not measured: run with `node --expose-gc`.'}

## Streaming batch scoring, \`score --ndjson\` (kit only)

${input.streaming.join('\n')}

## The store, one answer at a time (kit only)

${storeLine}

## Load curve (kit only)

Generated questionnaires, 10 questions a section, up to 20 dimensions, every question answered; median of
\`scoreAnswers\` (validation included).

| questions | scoreAnswers µs | µs per question | one answer through the store, µs |
| ---: | ---: | ---: | ---: |
${curve.map((c) => `| ${c.questions} | ${c.us.toFixed(1)} | ${c.usPerQuestion.toFixed(3)} | ${c.answerUs.toFixed(1)} |`).join('\n')}

From ${first.questions} to ${last.questions} questions the scoring time grows ${(last.us / first.us).toFixed(1)}× for ${last.questions / first.questions}× the questions
(${growth.toFixed(2)} of linear): ${growth <= 1.5 ? 'linear or better' : 'WORSE than linear'}. One answer through the store grows
${(last.answerUs / first.answerUs).toFixed(1)}× (${(last.answerUs / first.answerUs / (last.questions / first.questions)).toFixed(2)} of linear): the store updates only what depends on the answer; what grows is
copying its few per-question arrays, which keeps every state it has handed out unchanged.

Rendered in jsdom (the wizard, 10 questions a step; medians, ms):

| questions | first mount | one answer's re-render |
| ---: | ---: | ---: |
${loadRender.map((p) => `| ${p.questions} | ${p.mountMs.toFixed(2)} | ${p.answerMs.toFixed(2)} |`).join('\n')}
${missed.length ? `\n## Why the missed targets are missed\n\n${missed.map((row) => `- **${row.metric}**: ${row.why ?? 'NOT EXPLAINED YET.'}`).join('\n')}\n` : ''}
## How it is measured

- **Equivalent definitions.** \`bench/surveyjs/toSurveyJson.ts\` turns the bundled assessment into SurveyJS JSON: one
  page per section; single → \`radiogroup\`, multi → \`checkbox\` (\`maxSelectedChoices\`), likert → \`rating\` 1-5,
  number → \`text\` with \`inputType: number\`, text/email → \`text\`/\`comment\`; \`visibleIf\` as SurveyJS expressions;
  \`clearInvisibleValues: "onHidden"\`. Each dimension is three SurveyJS \`calculatedValues\`: \`<dim>_points\` (a sum of
  \`iif({q} = 'option', points, …)\` terms, \`contains\` for checkboxes, \`({q} - 1) * max/4\` for ratings, nested \`iif\`
  bands for numbers), \`<dim>_max\` (each answered question's maximum) and \`<dim>\` = points ÷ max × 100. Before timing,
  the run checks that both sides give the same ${rows.length ? 'dimension scores' : ''} on two personas, or it stops.
- **Headless.** Kit: \`parseQuestionnaire\` + \`createAssessmentStore\` (build), then one \`store.answer\` per answer
  and the store's live profile (${input.answerCount} answers of the enterprise-saas persona). SurveyJS: \`new Model(json)\`, then
  \`setValue\` per answer (recomputing the calculated values) and reading the dimension variables. Each answer sample
  uses a fresh model built outside the timing. The bulk row scores the whole answer set at once: the kit's
  \`scoreAnswers(questionnaire, answers)\` (parsed definition reused, as a server would) against \`model.data = answers\`
  on a fresh SurveyJS model (built outside the timing).
- **Memory.** heapUsed after forced GCs, before and after keeping N answered models alive (each kit model holds its
  own parsed definition, as SurveyJS's does), divided by N.
- **Render.** jsdom 29; each side with its own React 19 copy (same version), in React's production build
  (\`NODE_ENV=production\`, as hosts ship it; the development build spends most of a click on its own checks and
  logging), \`createRoot\` + \`flushSync\`. Mount
  includes building the model. Re-render: clicking a radio on step 1 / page 1 inside \`flushSync\`.
- **SSR.** \`renderToString\` of \`<AssessmentWizard />\` and of \`<Survey model>\`.
- **Sizes.** esbuild bundle + minify (ESM, browser, \`NODE_ENV=production\`), React and react-dom external except for
  the two script-tag embeds, then gzip -9. "core (all exports)" is \`export *\`, which includes the bundled
  assessment's content and translations.
`;
  return { table: `${table}\n${storeLine}\n\n${input.streaming.join('\n')}\n`, markdown };
}
