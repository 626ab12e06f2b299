import { describe, expect, it } from 'vitest';
import { parseQuestionnaire, type Questionnaire } from '../../../src/core';
import { miniQuestionnaire } from '../../fixtures/miniQuestionnaire';

/*
 * Every link a definition carries (a rule's further reading, a KPI benchmark's source) is rendered
 * as an `href`; validation lets through http(s) only, so no scheme that runs code ever reaches one.
 */
const hostileUrls = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'javascript&colon;alert(1)',
  'javascript://https://example.com/%0Aalert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  '//evil.example/x',
  'https:alert(1)',
  'https://example.com/ javascript:alert(1)',
  'example.com',
  '',
];

const withRuleLink = (url: string): Questionnaire => {
  const q = miniQuestionnaire();
  q.rules![0]!.links = [{ label: 'Read more', url }];
  return q;
};

const withBenchmarkUrl = (url: string): Questionnaire => {
  const q = miniQuestionnaire();
  q.kpis![0]!.benchmark = { ...q.kpis![0]!.benchmark!, url };
  return q;
};

describe('definition links', () => {
  it.each(hostileUrls)('rejects %j as a rule link and as a benchmark source, with a coded issue at its path', (url) => {
    expect(parseQuestionnaire(withRuleLink(url))).toMatchObject({ ok: false, issues: [{ code: 'invalid_format', path: 'rules[0].links[0].url' }] });
    expect(parseQuestionnaire(withBenchmarkUrl(url))).toMatchObject({ ok: false, issues: [{ code: 'invalid_format', path: 'kpis[0].benchmark.url' }] });
  });

  it.each(['https://example.com/guide?x=1#part', 'http://example.com'])('accepts %j', (url) => {
    expect(parseQuestionnaire(withRuleLink(url)).issues).toEqual([]);
    expect(parseQuestionnaire(withBenchmarkUrl(url)).issues).toEqual([]);
  });
});
