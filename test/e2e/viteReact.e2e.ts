import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import enterpriseSaas from '../../examples/answers/enterprise-saas.json';
import type { Answers, Profile, Questionnaire } from '../../src/core';
import { axeViolations } from './support/axeInPage';
import { completeWithKeyboard } from './support/completeWithKeyboard';
import { openPage, type OpenedPage } from './support/openPage';
import { prepareExample } from './support/prepareExample';
import { expectResultToMatch, readResult, saveScreenshot } from './support/readResult';
import { serveStatic, type StaticServer } from './support/staticServer';

// The expectation comes from the built core, the code the example installed (globalSetup checked dist/).
const builtCore = '../../dist/core.js';
const builtContent = '../../dist/social-media.js';
const { scoreAnswers } = (await import(builtCore)) as { scoreAnswers: (questionnaire: Questionnaire, answers: Answers) => Profile };
const { socialMediaAssessment } = (await import(builtContent)) as { socialMediaAssessment: Questionnaire };

const answers = enterpriseSaas as Answers;

describe('examples/vite-react, with the kit installed from its packed tarball', () => {
  let server: StaticServer;
  let opened: OpenedPage;

  beforeAll(async () => {
    const dir = await prepareExample('vite-react');
    server = await serveStatic(join(dir, 'dist'));
    opened = await openPage(`${server.origin}/`);
  });

  afterAll(async () => {
    await opened?.close();
    await server?.close();
  });

  it('completes with the keyboard alone and shows the profile scoreAnswers gives, making no off-origin request', async () => {
    const { page } = opened;
    const run = await completeWithKeyboard(page, socialMediaAssessment, answers);
    expect([...run.answered].sort()).toEqual(Object.keys(answers).sort());
    console.log(`[e2e] vite-react: ${run.keyPresses} key presses over ${run.steps.length} steps`);

    expectResultToMatch(await readResult(page), scoreAnswers(socialMediaAssessment, answers), { questionnaire: socialMediaAssessment });
    await saveScreenshot(page, 'vite-react-result');
    expect(await axeViolations(page, '.rk-Root'), 'axe on the result, colour contrast included').toEqual([]);

    expect(opened.offOriginRequests).toEqual([]);
    expect(opened.consoleErrors).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
  });
});
