import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Condition } from '../../src/core/questionnaire/questionnaire.types';
import { socialMediaAssessment } from '../../src/content/social-media';

/*
 * docs/content-traceability.md, held to the definition: a rule is mapped only to what it reads, every
 * seed point quotes its seed, and every id it names exists. An audit found 7 of 18 claims of the old
 * file overstated (rules mapped to KPIs and questions they never read); these checks keep it honest.
 */

const doc = readFileSync('docs/content-traceability.md', 'utf8');
const normalise = (text: string) => text.replace(/\s+/g, ' ');
const seeds = {
  1: normalise(readFileSync('docs/seeds/b2b-vs-b2c-social-strategy.ha.txt', 'utf8')),
  2: normalise(readFileSync('docs/seeds/b2b-social-business-network.zh-Hant.txt', 'utf8')),
};

const questions = new Map(socialMediaAssessment.sections.flatMap((section) => section.questions).map((q) => [q.id, q]));
const kpis = new Map((socialMediaAssessment.kpis ?? []).map((kpi) => [kpi.id, kpi]));
const rules = socialMediaAssessment.rules ?? [];
const dimensionIds = new Set(socialMediaAssessment.dimensions.map((dimension) => dimension.id));

/** The rows of the markdown table under `heading` (a `## ` heading), as trimmed cells. */
function tableUnder(heading: string): string[][] {
  const start = doc.indexOf(`\n## ${heading}`);
  expect(start, `heading "${heading}"`).toBeGreaterThanOrEqual(0);
  const end = doc.indexOf('\n## ', start + 4);
  return doc
    .slice(start, end === -1 ? undefined : end)
    .split('\n')
    .filter((line) => line.startsWith('| ') && !/^\|\s*(#|Rule|KPI|View|Item)\s*\|/.test(line))
    .map((line) => line.slice(1, -1).split(' | ').map((cell) => cell.trim()));
}

const ticked = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map(([, token]) => token!);
const quoted = (cell: string) => [...cell.matchAll(/«([^»]+)»/g)].map(([, quote]) => quote!);
const sorted = <T>(values: Iterable<T>) => [...new Set(values)].sort();

/** Everything a condition reads. */
interface Reads {
  questions: Set<string>;
  options: Set<string>;
  kpis: Set<string>;
  scores: Set<string>;
  thresholds: string[];
}

const SYMBOL = { gt: '>', gte: '≥', lt: '<', lte: '≤' } as const;

function readsOf(condition: Condition, reads: Reads = { questions: new Set(), options: new Set(), kpis: new Set(), scores: new Set(), thresholds: [] }): Reads {
  if ('all' in condition) condition.all.forEach((part) => readsOf(part, reads));
  else if ('any' in condition) condition.any.forEach((part) => readsOf(part, reads));
  else if ('not' in condition) readsOf(condition.not, reads);
  else {
    if ('fit' in condition) reads.scores.add('fit');
    const leaf = condition as Record<string, unknown>;
    const id = (leaf.question ?? leaf.kpi ?? leaf.dimension ?? leaf.axis) as string | undefined;
    if ('question' in condition) {
      reads.questions.add(condition.question);
      const question = questions.get(condition.question);
      const optionIds = new Set(question && 'options' in question ? question.options.map((option) => option.id) : []);
      for (const value of [condition.equals, ...(condition.in ?? []), condition.includes])
        if (typeof value === 'string' && optionIds.has(value)) reads.options.add(`${condition.question}.${value}`);
    }
    if ('kpi' in condition) reads.kpis.add(condition.kpi);
    if ('dimension' in condition) reads.scores.add(condition.dimension);
    if ('axis' in condition) reads.scores.add(condition.axis);
    const bounds = (Object.keys(SYMBOL) as (keyof typeof SYMBOL)[]).filter((key) => typeof leaf[key] === 'number');
    if (id && bounds.length > 0) reads.thresholds.push(`\`${id}\` ${bounds.map((key) => `${SYMBOL[key]} ${String(leaf[key])}`).join(' and ')}`);
  }
  return reads;
}

const seedRows = ['Seed 1: five differences', 'Seed 1: four implementation differences', 'Seed 1: six B2B KPIs', 'Seed 1: seven takeaways', 'Seed 2: the social business network'].flatMap(
  (heading) => tableUnder(heading).map(([point, sentence, , questionCell, kpiCell, ruleCell]) => ({ point: point!, sentence: sentence!, questionCell: questionCell!, kpiCell: kpiCell!, ruleCell: ruleCell! })),
);
const ruleRows = tableUnder('Rules: what each reads').map(([ruleCell, , questionCell, kpiCell, scoreCell, pointCell]) => ({
  id: ticked(ruleCell!)[0]!,
  questionCell: questionCell!,
  kpiCell: kpiCell!,
  scoreCell: scoreCell!,
  points: pointCell!.split(',').map((point) => point.trim()).filter((point) => /^\d+\.\d+$/.test(point)),
}));

describe('docs/content-traceability.md', () => {
  it('has the seed points and the rules it is meant to have', () => {
    expect(seedRows.length).toBe(35);
    expect(ruleRows.map((row) => row.id)).toEqual(rules.map((rule) => rule.id));
  });

  it.each(seedRows.map((row) => [row.point, row] as const))('quotes seed point %s from its seed, word for word', (point, row) => {
    const quotes = quoted(row.sentence);
    expect(quotes.length, point).toBeGreaterThan(0);
    for (const quote of quotes) expect(seeds[point.startsWith('1.') ? 1 : 2], point).toContain(quote);
  });

  it.each(seedRows.map((row) => [row.point, row] as const))('names only questions, options, KPIs and rules that exist for seed point %s', (point, row) => {
    for (const token of ticked(row.questionCell)) {
      const [questionId, optionId] = token.split('.');
      if (dimensionIds.has(questionId!)) continue;
      const question = questions.get(questionId!);
      expect(question, `${point}: question ${token}`).toBeDefined();
      if (optionId) expect(question && 'options' in question ? question.options.map((o) => o.id) : [], `${point}: ${token}`).toContain(optionId);
    }
    for (const token of ticked(row.kpiCell)) expect(kpis.has(token), `${point}: KPI ${token}`).toBe(true);
  });

  it.each(ruleRows.map((row) => [row.id, row] as const))('states exactly what %s reads', (id, row) => {
    const rule = rules.find((candidate) => candidate.id === id)!;
    const reads = readsOf(rule.when);
    const docTokens = ticked(row.questionCell);
    expect(sorted(docTokens.map((token) => token.split('.')[0]!)), `${id}: questions`).toEqual(sorted(reads.questions));
    expect(sorted(docTokens.filter((token) => token.includes('.'))), `${id}: options`).toEqual(sorted(reads.options));
    expect(sorted(ticked(row.kpiCell)), `${id}: KPIs`).toEqual(sorted(reads.kpis));
    expect(sorted(ticked(row.scoreCell)), `${id}: scores`).toEqual(sorted(reads.scores));
    const cells = `${row.questionCell} ${row.kpiCell} ${row.scoreCell}`;
    for (const threshold of reads.thresholds) expect(cells, id).toContain(threshold);
  });

  it('lists the whole B2C pole of the orientation axis under seed point 1.7', () => {
    const pole = [...questions.values()].flatMap((question) =>
      'options' in question ? question.options.filter((option) => (option.axes?.orientation ?? 0) < 0).map((option) => `${question.id}.${option.id}`) : [],
    );
    expect(sorted(ticked(seedRows.find((row) => row.point === '1.7')!.questionCell))).toEqual(sorted(pole));
  });

  it('names no rule as reading a KPI that no rule reads', () => {
    const unread = ticked(doc.slice(doc.indexOf('No rule reads'), doc.indexOf(': they are shown')));
    const read = new Set(rules.flatMap((rule) => [...readsOf(rule.when).kpis]));
    expect(unread.length).toBeGreaterThan(0);
    for (const id of unread) expect(read.has(id), id).toBe(false);
    expect(sorted(unread)).toEqual(sorted([...kpis.keys()].filter((id) => !read.has(id))));
  });

  it('maps each seed point to the rules that name it, and only those', () => {
    const points = new Set(seedRows.map((row) => row.point));
    for (const row of ruleRows) for (const point of row.points) expect(points, `${row.id} names ${point}`).toContain(point);
    for (const row of seedRows) {
      const named = ruleRows.filter((rule) => rule.points.includes(row.point)).map((rule) => rule.id);
      expect(sorted(ticked(row.ruleCell)), row.point).toEqual(sorted(named));
    }
  });

  it('gives each KPI its real inputs', () => {
    const rows = tableUnder('KPIs: what each is computed from');
    expect(sorted(rows.map(([kpiCell]) => ticked(kpiCell!)[0]))).toEqual(sorted(kpis.keys()));
    for (const [kpiCell, inputCell] of rows) {
      const kpi = kpis.get(ticked(kpiCell!)[0]!)!;
      const denominator = kpi.denominator;
      const terms = (term: typeof denominator) =>
        term === undefined ? [] : typeof term === 'string' ? [term] : 'sum' in term ? term.sum : term.product;
      const inputs = [...terms(kpi.numerator), ...terms(denominator)];
      expect(sorted(ticked(inputCell!)), kpi.id).toEqual(sorted(inputs));
    }
  });
});
