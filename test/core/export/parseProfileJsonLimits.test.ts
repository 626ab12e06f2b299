import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LIMITS, parseProfileJson, profileToJson, scoreAnswers, type Answers, type Issue } from '../../../src/core';
import { socialMediaAssessment } from '../../../src/content/social-media';

/*
 * A profile file under hostile input: `1e999` named `not_finite` at its path, any depth one
 * `too_deep` issue (never `invalid_json` "Maximum call stack size exceeded"), and any number of
 * issues cut to `LIMITS.maxIssues` and one `more_issues`, never a throw.
 */

const answers = JSON.parse(readFileSync('examples/answers/enterprise-saas.json', 'utf8')) as Answers;
// Compact, so a field can be found and replaced in the text.
const text = JSON.stringify(JSON.parse(profileToJson(scoreAnswers(socialMediaAssessment, answers))));
const issuesOf = (input: string): Issue[] => {
  const result = parseProfileJson(input);
  return result.ok ? [] : result.issues;
};

describe('parseProfileJson under hostile input', () => {
  afterEach(() => vi.restoreAllMocks());

  it('names 1e999 as a score as not_finite at its path, not "expected number or null, received number"', () => {
    const index = JSON.parse(text).profile.index as number;
    const issues = issuesOf(text.replace(`"index":${index}`, '"index":1e999'));
    expect(issues.map(({ code, path, params }) => ({ code, path, params }))).toEqual([{ code: 'not_finite', path: 'profile.index', params: { received: 'Infinity' } }]);
  });

  it('rejects a non-finite number anywhere, since profileToJson never writes one', () => {
    const data = JSON.parse(text);
    data.profile.completeness = 0;
    const issues = issuesOf(JSON.stringify(data).replace('"completeness":0', '"completeness":-1e999'));
    expect(issues).toEqual([expect.objectContaining({ code: 'not_finite', path: 'profile.completeness', params: { received: '-Infinity' } })]);
  });

  it.each([5_001, 100_000])('reports a field nested %i levels deep as too_deep at its path', (depth) => {
    const deep = text.replace('"profile":{', `"profile":{"extra":${'['.repeat(depth)}1${']'.repeat(depth)},`);
    expect(issuesOf(deep)).toEqual([expect.objectContaining({ code: 'too_deep', path: `profile.extra${'[0]'.repeat(LIMITS.maxDepth - 1)}` })]);
  });

  it('says too_deep, not invalid_json, where an engine’s JSON.parse runs out of stack', () => {
    const deep = `{"a":${'['.repeat(5_001)}1${']'.repeat(5_001)}}`;
    vi.spyOn(JSON, 'parse').mockImplementationOnce(() => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    expect(issuesOf(deep)).toEqual([expect.objectContaining({ code: 'too_deep', path: `a${'[0]'.repeat(LIMITS.maxDepth)}` })]);
  });

  it('lists 100 of 200,000 bad dimension entries, then how many more', () => {
    const data = JSON.parse(text);
    data.profile.dimensions = Array<number>(200_000).fill(7);
    const issues = issuesOf(JSON.stringify(data));
    expect(issues).toHaveLength(101);
    expect(issues[0]).toMatchObject({ code: 'invalid_type', path: 'profile.dimensions[0]' });
    expect(issues[100]).toMatchObject({ code: 'more_issues', params: { count: 200_000 - 100 } });
  });
});
