import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import enterpriseSaas from '../../examples/answers/enterprise-saas.json';
import type { Answers, PeerBenchmark, PeerSegment, Profile, Questionnaire } from '../../src/core';
import { randomAnswers } from '../../src/playground/simulate/randomAnswers';
import { completeWithKeyboard } from './support/completeWithKeyboard';
import { pageRecord, recordPage } from './support/embedProbe';
import { openPage, type OpenedPage } from './support/openPage';
import { repoRoot } from './support/packKit';
import { prepareExample } from './support/prepareExample';
import { serveStatic, type StaticServer } from './support/staticServer';

// The expectation comes from the built core, the same code the page's embed.global.js bundles.
const { scoreAnswers, findPeerSegment, peerPercentile } = (await import('../../dist/core.js')) as {
  scoreAnswers: (questionnaire: Questionnaire, answers: Answers) => Profile;
  findPeerSegment: (benchmark: PeerBenchmark, answers: Answers) => PeerSegment | null;
  peerPercentile: (histogram: number[], score: number) => number | null;
};
const { socialMediaAssessment } = (await import('../../dist/social-media.js')) as { socialMediaAssessment: Questionnaire };

const ELEMENT = 'readiness-assessment';
const RESPONDENTS = 1200;

/** Runs the built CLI as a vendor would, its standard output into `output`; fails the test on a non-zero exit. */
function cli(args: string[], output: string): void {
  const run = spawnSync(process.execPath, [join(repoRoot, 'dist/cli.js'), ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`readiness-kit ${args.join(' ')} exited ${run.status}:\n${run.stderr}`);
  writeFileSync(output, run.stdout);
}

/** A page under a strict CSP that lets it connect to its own origin only, with the element given `benchmark-src`. */
function peerPage(benchmarkSrc: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Peers</title><link rel="icon" href="data:,">
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'">
    <script src="embed.global.js" defer></script></head><body>
    <readiness-assessment locale="en" benchmark-src="${benchmarkSrc}"></readiness-assessment>
    </body></html>`;
}

describe('peer benchmarks from the CLI to the embed: score --ndjson, aggregate, benchmark-src, in Chromium', () => {
  let server: StaticServer;
  let opened: OpenedPage | undefined;
  let benchmark: PeerBenchmark;
  const work = mkdtempSync(join(tmpdir(), 'rk-peers-'));

  beforeAll(async () => {
    const dir = await prepareExample('plain-html');
    // Invented respondents, scored and aggregated by the built CLI into the site's own folder.
    const answers = Array.from({ length: RESPONDENTS }, (_, seed) => JSON.stringify({ id: `r${seed}`, ...randomAnswers(socialMediaAssessment, seed + 1) }));
    writeFileSync(join(work, 'answers.ndjson'), `${answers.join('\n')}\n`);
    cli(['score', '--ndjson', join(work, 'answers.ndjson')], join(work, 'profiles.ndjson'));
    cli(['aggregate', join(work, 'profiles.ndjson'), '--by', 'market,company_size'], join(dir, 'dist', 'benchmark.json'));
    benchmark = JSON.parse(readFileSync(join(dir, 'dist', 'benchmark.json'), 'utf8')) as PeerBenchmark;
    server = await serveStatic(join(dir, 'dist'));
  });

  afterAll(async () => {
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  afterEach(async () => {
    if (!opened) return;
    const { offOriginRequests, pageErrors } = opened;
    const { cspViolations } = await pageRecord(opened.page);
    await opened.close();
    opened = undefined;
    expect({ offOriginRequests, pageErrors, cspViolations }).toEqual({ offOriginRequests: [], pageErrors: [], cspViolations: [] });
  });

  async function open(src: string, requests: string[]): Promise<OpenedPage> {
    opened = await openPage(`${server.origin}/peers.html`, {
      beforeNavigate: async (page) => {
        await recordPage(page);
        page.on('request', (request) => requests.push(new URL(request.url()).pathname));
        await page.route('**/peers.html', (route) => route.fulfill({ contentType: 'text/html', body: peerPage(src) }));
      },
    });
    await opened.page.locator(`${ELEMENT} .rk-Wizard`).waitFor();
    return opened;
  }

  it('fetches the benchmark from its own origin once and says where the respondent stands among companies like theirs', async () => {
    const requests: string[] = [];
    const { page } = await open('benchmark.json', requests);
    const answers = enterpriseSaas as Answers;
    await completeWithKeyboard(page, socialMediaAssessment, answers);

    const profile = scoreAnswers(socialMediaAssessment, answers);
    const segment = findPeerSegment(benchmark, answers);
    expect(segment, 'a group of peers large enough to show').not.toBeNull();
    const percent = peerPercentile(segment!.index, profile.index!);
    const rank = page.locator(`${ELEMENT} .rk-ProfileSummary-peerRank`);
    await expect.poll(() => rank.textContent()).toBe(`Ahead of ${percent}% of companies like yours`);
    expect(await page.locator(`${ELEMENT} .rk-ProfileSummary-peers`).getAttribute('data-segment-size')).toBe(String(segment!.count));
    expect(requests.filter((path) => path === '/benchmark.json')).toHaveLength(1);
  });

  it('refuses a benchmark-src on another origin before any request, says so in readiness:error, and runs on without it', async () => {
    const requests: string[] = [];
    const { page } = await open('https://benchmarks.example/peers.json', requests);
    await expect
      .poll(async () => (await pageRecord(page)).events.filter((event) => event.type === 'readiness:error').map((event) => event.detail))
      .toEqual([{ issues: [expect.objectContaining({ code: 'benchmark_cross_origin', path: 'benchmark-src' })] }]);
    expect(requests.some((path) => path.endsWith('.json'))).toBe(false);
    expect(await page.locator(`${ELEMENT} form[data-step]`).count(), 'the wizard still runs').toBe(1);
  });
});
