import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../src/core';
import { createAssessmentStore, localise, scoreAnswers } from '../../dist/core.js';
import { socialMediaAssessment } from '../../dist/social-media.js';
import { axeViolations } from './support/axeInPage';
import { completeWithKeyboard } from './support/completeWithKeyboard';
import { openPage, type OpenedPage } from './support/openPage';
import { repoRoot } from './support/packKit';
import { prepareExample } from './support/prepareExample';
import { expectResultToMatch, readResult, saveScreenshot } from './support/readResult';

/** A port nobody listens on right now, on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolvePort(port));
    });
  });
}

/** `next start` on 127.0.0.1, and what it printed, for the failure message. */
interface NextServer {
  origin: string;
  child: ChildProcess;
  output: () => string;
}

/**
 * Starts `next start` in its own process group (`detached`): it forks a `next-server` child that
 * keeps the port when only the parent is killed, so `stopNext` kills the whole group.
 */
async function startNext(dir: string): Promise<NextServer> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const env = { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' };
  const child = spawn(join(dir, 'node_modules/.bin/next'), ['start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: dir,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const server = { origin, child, output: () => output };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${output}`);
    const answered = await fetch(origin).then((response) => response.ok, () => false);
    if (answered) return server;
    await new Promise((resolveWait) => setTimeout(resolveWait, 250));
  }
  stopNext(server);
  throw new Error(`next start did not answer on ${origin} within 60 s:\n${output}`);
}

/** Kills `next start` and its `next-server` child: the whole process group. */
function stopNext(server: NextServer): void {
  try {
    process.kill(-server.child.pid!, 'SIGTERM');
  } catch {
    // The group has already exited.
  }
}

/** `text` as React escapes it in server HTML. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');
}

const answers = JSON.parse(readFileSync(join(repoRoot, 'examples/answers/enterprise-saas.json'), 'utf8')) as Answers;

describe('examples/nextjs (App Router, kit installed from the packed tarball)', () => {
  let server: NextServer | undefined;
  let opened: OpenedPage | undefined;

  beforeAll(async () => {
    const dir = await prepareExample('nextjs');
    server = await startNext(dir);
  });

  afterAll(async () => {
    await opened?.close();
    if (server) stopNext(server);
  });

  it('renders the first step on the server', async () => {
    const html = await (await fetch(server!.origin)).text();
    const firstStep = createAssessmentStore(socialMediaAssessment).getState().view.currentStep;
    expect(firstStep?.kind).toBe('section');
    if (firstStep?.kind !== 'section') return;
    expect(html, 'the wizard on its first step').toContain(`data-step="${firstStep.section.id}"`);
    for (const question of firstStep.questions) {
      expect(html, `question ${question.id} in the server HTML`).toContain(escapeHtml(localise(question.label, 'en')));
    }
  });

  it('hydrates without a warning and scores a keyboard-only run as the core does', async () => {
    opened = await openPage(`${server!.origin}/`);
    const { page } = opened;
    const hostLog: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'info') hostLog.push(message.text());
    });
    // Keys pressed before React owns the server's DOM would be lost: wait until the form is hydrated.
    await page.waitForFunction(() => {
      const form = document.querySelector('form[data-step]');
      return form !== null && Object.keys(form).some((key) => key.startsWith('__reactFiber$'));
    });

    await completeWithKeyboard(page, socialMediaAssessment, answers);

    const expected = scoreAnswers(socialMediaAssessment, answers);
    expectResultToMatch(await readResult(page), expected, { questionnaire: socialMediaAssessment });
    // The example's onComplete, in the client component, received the same profile.
    expect(expected.provisional).toBe(false);
    await expect.poll(() => hostLog).toContain(`Readiness index ${Math.round(expected.index!)}, tier ${expected.tier}`);

    expect(opened.offOriginRequests, 'requests that left the page origin').toEqual([]);
    expect(
      opened.consoleErrors,
      'console errors and warnings (React hydration warnings, e.g. "did not match", land here; a failed chunk or a 404 too)',
    ).toEqual([]);
    // A production build reports a hydration mismatch as an uncaught "Minified React error #418" (or #423, #425).
    expect(opened.pageErrors, 'uncaught errors in the page, hydration mismatches (React error #418) included').toEqual([]);
    await saveScreenshot(page, 'nextjs-result');
    expect(await axeViolations(page, '.rk-Root'), 'axe on the result, colour contrast included').toEqual([]);
  });
});
