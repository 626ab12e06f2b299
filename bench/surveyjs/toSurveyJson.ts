/*
 * Our questionnaire as the equivalent SurveyJS JSON: one page per section, the idiomatic question
 * type for each of ours, `visibleIf` as SurveyJS expressions, and every dimension as SurveyJS
 * `calculatedValues` (points and max points per visible, answered question, then a 0-100 score),
 * which SurveyJS recomputes on every value change, as a live score in SurveyJS would be.
 */
import type { Condition, Question, Questionnaire } from '../../src/core';

type Json = Record<string, unknown>;

/** The text in English (our definitions may hold locale maps). */
const text = (value: unknown): string =>
  typeof value === 'string' ? value : ((value as Record<string, string> | undefined)?.en ?? '');

const literal = (value: unknown): string => (typeof value === 'string' ? `'${value.replace(/'/g, "\\'")}'` : String(value));

/** One of our conditions on answers as a SurveyJS expression. */
export function toExpression(condition: Condition): string {
  if ('all' in condition) return condition.all.map((c) => `(${toExpression(c)})`).join(' and ');
  if ('any' in condition) return condition.any.map((c) => `(${toExpression(c)})`).join(' or ');
  if ('not' in condition) return `!(${toExpression(condition.not)})`;
  if (!('question' in condition)) throw new Error('only answer conditions can show or hide questions');
  const q = `{${condition.question}}`;
  const tests: string[] = [];
  if (condition.answered !== undefined) tests.push(condition.answered ? `${q} notempty` : `${q} empty`);
  if (condition.equals !== undefined) tests.push(`${q} = ${literal(condition.equals)}`);
  if (condition.in !== undefined) tests.push(`${q} anyof [${condition.in.map(literal).join(', ')}]`);
  if (condition.includes !== undefined) tests.push(`${q} contains ${literal(condition.includes)}`);
  for (const [key, op] of [['gt', '>'], ['gte', '>='], ['lt', '<'], ['lte', '<=']] as const)
    if (condition[key] !== undefined) tests.push(`${q} ${op} ${condition[key]}`);
  return tests.join(' and ') || 'true';
}

/** The SurveyJS question for one of ours. */
function toQuestion(question: Question): Json {
  const base: Json = { name: question.id, title: text(question.label), isRequired: question.required ?? false };
  if (question.help) base.description = text(question.help);
  if (question.visibleIf) base.visibleIf = toExpression(question.visibleIf);
  const choices = 'options' in question ? question.options.map((o) => ({ value: o.id, text: text(o.label) })) : undefined;
  switch (question.type) {
    case 'single':
      return { ...base, type: 'radiogroup', choices };
    case 'multi':
      return { ...base, type: 'checkbox', choices, ...(question.max ? { maxSelectedChoices: question.max } : {}) };
    case 'likert':
      return { ...base, type: 'rating', rateMin: 1, rateMax: 5, minRateDescription: text(question.minLabel), maxRateDescription: text(question.maxLabel) };
    case 'number':
      return { ...base, type: 'text', inputType: 'number', min: question.min, max: question.max };
    case 'email':
      return { ...base, type: 'text', inputType: 'email', validators: [{ type: 'email' }] };
    default:
      return { ...base, type: question.multiline ? 'comment' : 'text', maxLength: question.maxLength };
  }
}

/** What a question earns for one dimension, and at most, as SurveyJS expressions; undefined if nothing. */
function pointsExpressions(question: Question, dimension: string): { earned: string; max: number } | undefined {
  const q = `{${question.id}}`;
  const pointsOf = (points: Record<string, number> | undefined) => points?.[dimension] ?? 0;
  switch (question.type) {
    case 'single': {
      const scored = question.options.filter((o) => pointsOf(o.points) > 0);
      if (!scored.length) return undefined;
      const max = Math.max(...scored.map((o) => pointsOf(o.points)));
      const earned = scored.reduceRight((rest, o) => `iif(${q} = '${o.id}', ${pointsOf(o.points)}, ${rest})`, '0');
      return { earned, max };
    }
    case 'multi': {
      const scored = question.options.filter((o) => pointsOf(o.points) > 0);
      if (!scored.length) return undefined;
      const values = question.options.map((o) => pointsOf(o.points)).sort((a, b) => b - a);
      const max = values.slice(0, question.max ?? values.length).reduce((a, b) => a + b, 0);
      const sum = scored.map((o) => `iif(${q} contains '${o.id}', ${pointsOf(o.points)}, 0)`).join(' + ');
      return { earned: `min(${sum}, ${max})`, max };
    }
    case 'likert': {
      const max = pointsOf(question.points);
      return max > 0 ? { earned: `(${q} - 1) * ${max / 4}`, max } : undefined;
    }
    case 'number': {
      const bands = (question.bands ?? []).filter((b) => b.points[dimension] !== undefined);
      const max = Math.max(0, ...bands.map((b) => pointsOf(b.points)));
      if (max === 0) return undefined;
      const earned = bands.reduce((rest, b) => `iif(${q} >= ${b.atLeast}, ${pointsOf(b.points)}, ${rest})`, '0');
      return { earned, max };
    }
    default:
      return undefined;
  }
}

type Scored = { points?: Record<string, number> | undefined; pointsFor?: Record<string, Record<string, number>> | undefined };

/** The question as a respondent in `market` is scored: each `points` replaced by `pointsFor[market]` where given, as the kit does. */
function inMarket(question: Question, market: string): Question {
  const pick = <T extends Scored>(item: T): T => (item.pointsFor?.[market] ? { ...item, points: item.pointsFor[market] } : item);
  switch (question.type) {
    case 'single':
    case 'multi':
      return { ...question, options: question.options.map(pick) };
    case 'likert':
      return pick(question);
    case 'number':
      return { ...question, bands: question.bands?.map(pick) };
    default:
      return question;
  }
}

/** The markets (fit-question options) in which a question's points differ from its own. */
function marketsOf(question: Question): string[] {
  const items: Scored[] = 'options' in question ? question.options : question.type === 'number' ? (question.bands ?? []) : question.type === 'likert' ? [question] : [];
  return [...new Set(items.flatMap((item) => Object.keys(item.pointsFor ?? {})))];
}

/**
 * A question's points for one dimension, by the respondent's market where they differ (`pointsFor`):
 * `iif({market} = 'b2c', …, <own points>)` for what it earns and at most.
 */
function marketPointsExpressions(question: Question, dimension: string, marketQuestion: string | undefined): { earned: string; max: string } | undefined {
  const own = pointsExpressions(question, dimension);
  const markets = marketQuestion === undefined ? [] : marketsOf(question);
  const variants = markets.map((market) => ({ market, terms: pointsExpressions(inMarket(question, market), dimension) }));
  if (!own && variants.every(({ terms }) => !terms)) return undefined;
  const pick = (read: (terms: { earned: string; max: number }) => string) =>
    variants.reduceRight((rest, { market, terms }) => `iif({${marketQuestion}} = ${literal(market)}, ${terms ? read(terms) : '0'}, ${rest})`, own ? read(own) : '0');
  return { earned: pick((terms) => terms.earned), max: pick((terms) => String(terms.max)) };
}

/** The calculated values scoring every dimension: `<dim>_points`, `<dim>_max`, `<dim>` (0-100 or empty). */
function dimensionValues(questionnaire: Questionnaire): Json[] {
  const questions = questionnaire.sections.flatMap((s) => s.questions);
  return questionnaire.dimensions.flatMap((dimension) => {
    const earned: string[] = [];
    const max: string[] = [];
    for (const question of questions) {
      const terms = marketPointsExpressions(question, dimension.id, questionnaire.fit?.question);
      if (!terms) continue;
      // Hidden answers are cleared (clearInvisibleValues), so "answered" is also "visible".
      earned.push(`iif({${question.id}} notempty, ${terms.earned}, 0)`);
      max.push(`iif({${question.id}} notempty, ${terms.max}, 0)`);
    }
    const id = dimension.id;
    return [
      { name: `${id}_points`, expression: earned.join(' + ') || '0' },
      { name: `${id}_max`, expression: max.join(' + ') || '0' },
      { name: id, expression: `iif({${id}_max} > 0, {${id}_points} / {${id}_max} * 100, '')` },
    ];
  });
}

/** The SurveyJS survey JSON equivalent to a questionnaire. */
export function toSurveyJson(questionnaire: Questionnaire): Json {
  return {
    title: text(questionnaire.title),
    clearInvisibleValues: 'onHidden',
    showQuestionNumbers: 'off',
    pages: questionnaire.sections.map((section) => ({
      name: section.id,
      title: text(section.title),
      elements: section.questions.map(toQuestion),
    })),
    calculatedValues: dimensionValues(questionnaire),
  };
}
