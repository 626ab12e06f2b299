import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { cliMessagesEn } from '../../src/cli/i18n/cliMessages.en';
import { runCli } from '../../src/cli/runCli';
import { diskCli } from './fixtures';
import { socialMediaAssessment } from '../../src/content/social-media';
import { localise, scoreAnswers, type Answers, type Questionnaire } from '../../src/core';

/*
 * The score table as a respondent reads it, per persona and locale. The persona files and the bundled
 * texts are revised apart from the CLI, so the tests read them afresh and the snapshots are
 * regenerated after a content revision (`npx vitest run --project core test/cli -u`).
 */
const PERSONAS = ['enterprise-saas', 'b2b-manufacturer-instagram', 'consumer-brand-well-run', 'partial-8-percent', 'empty'] as const;
const LOCALES = ['en', 'zh-Hant', 'ha'] as const;

async function scoreTable(persona: string, locale: string, ...flags: string[]): Promise<string> {
  const { io, output } = diskCli();
  const code = await runCli(['score', `examples/answers/${persona}.json`, '--locale', locale, ...flags], io);
  const { stdout, stderr } = output();
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  return stdout;
}

const answersOf = async (persona: string) => JSON.parse(await readFile(`examples/answers/${persona}.json`, 'utf8')) as Answers;

/** Whitespace removed, so text wrapped over lines (at spaces, or between CJK characters) compares whole. */
const squash = (text: string) => text.replace(/\s+/g, '');

/** The lower-cased Latin words of a text, three letters or more; flags (`--limit`) are not words. */
const latinWords = (text: string) => (text.replace(/--\w+/g, ' ').replace(/\{\w+\}/g, ' ').match(/\p{Script=Latin}{3,}/gu) ?? []).map((word) => word.toLowerCase());

/** Every text of a questionnaire in one locale: a word the content uses is not the CLI's English. */
function contentWords(questionnaire: Questionnaire, locale: string): Set<string> {
  const words = new Set<string>();
  const isLocalised = (value: object) => Object.keys(value).every((key) => questionnaire.locales.includes(key));
  const visit = (value: unknown): void => {
    if (typeof value === 'string') latinWords(value).forEach((word) => words.add(word));
    else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      if (isLocalised(value)) visit(localise(value as Record<string, string>, locale));
      else Object.values(value).forEach(visit);
    }
  };
  visit(questionnaire);
  return words;
}

const CONDITION_SYNTAX = /\b(lte?|gte?) -?\d|not (equals|includes|in|answered)\b|\b(equals|includes|band) "|\bin \[|\banswered (true|false)\b|\[\s*"/;

describe('readiness-kit score: the table', () => {
  it.each(PERSONAS.flatMap((persona) => LOCALES.map((locale) => [persona, locale] as const)))('reads as snapshotted for %s in %s', async (persona, locale) => {
    await expect(await scoreTable(persona, locale)).toMatchFileSnapshot(`__snapshots__/${persona}.${locale}.txt`);
  });

  it.each(PERSONAS.flatMap((persona) => LOCALES.map((locale) => [persona, locale] as const)))('writes no condition syntax for %s in %s', async (persona, locale) => {
    expect(await scoreTable(persona, locale, '--limit', '0')).not.toMatch(CONDITION_SYNTAX);
  });

  it.each(PERSONAS.flatMap((persona) => (['zh-Hant', 'ha'] as const).map((locale) => [persona, locale] as const)))(
    'leaves none of the CLI’s English words in %s for %s',
    async (persona, locale) => {
      const english = new Set(latinWords(Object.values(cliMessagesEn).join(' ')));
      const content = contentWords(socialMediaAssessment, locale);
      const table = await scoreTable(persona, locale, '--limit', '0');
      expect(latinWords(table).filter((word) => english.has(word) && !content.has(word))).toEqual([]);
    },
  );

  it.each(PERSONAS)('quotes every question it gives as a reason in full, never cut, for %s', async (persona) => {
    const profile = scoreAnswers(socialMediaAssessment, await answersOf(persona));
    const questions = new Map(socialMediaAssessment.sections.flatMap((section) => section.questions).map((question) => [question.id, question]));
    for (const locale of LOCALES) {
      const table = squash(await scoreTable(persona, locale, '--limit', '0'));
      for (const recommendation of profile.recommendations)
        for (const reason of recommendation.reasons)
          if (reason.kind === 'answer') expect(table).toContain(squash(localise(questions.get(reason.questionId)?.label, locale)));
      if (!JSON.stringify(socialMediaAssessment).includes('…')) expect(table).not.toContain('…');
    }
  });

  it('prints each recommendation’s advice and source, and money in the currency asked for', async () => {
    const profile = scoreAnswers(socialMediaAssessment, await answersOf('b2b-manufacturer-instagram'));
    const table = await scoreTable('b2b-manufacturer-instagram', 'en', '--currency', 'usd', '--limit', '0');
    for (const recommendation of profile.recommendations) {
      expect(squash(table)).toContain(squash(localise(recommendation.body)));
      if (recommendation.source) expect(squash(table)).toContain(squash(`Based on: ${localise(recommendation.source)}`));
    }
    expect(table).toMatch(/^ {2}Cost per lead \(CPL\) +\$\d[\d,]*\.\d\d {2}/m);
  });

  it('shows five recommendations, then says how many more there are, in the locale', async () => {
    const profile = scoreAnswers(socialMediaAssessment, await answersOf('b2b-manufacturer-instagram'));
    expect(profile.recommendations.length).toBeGreaterThan(5);
    const more = profile.recommendations.length - 5;
    const table = await scoreTable('b2b-manufacturer-instagram', 'zh-Hant');
    expect(table).toContain('  5. [');
    expect(table).not.toContain('  6. [');
    expect(table).toContain(`還有 ${more} 項建議`);
  });
});
