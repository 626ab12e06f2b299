import { readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import manufacturer from '../../examples/answers/b2b-manufacturer-instagram.json';
import enterpriseSaas from '../../examples/answers/enterprise-saas.json';
import { chromiumArgs, chromiumPath } from '../support/chromium';

/*
 * The print stylesheet applied in real Chromium: the built kit's views, rendered on the server in the
 * dark theme with dist/styles.css, then looked at under emulated print media and printed to a PDF.
 * test/styles/print.test.ts checks the rules' text; this checks what they do.
 */
const builtKit = '../../dist/index.js';
const builtCore = '../../dist/core.js';
const builtContent = '../../dist/social-media.js';
const kit = (await import(builtKit)) as typeof import('../../src/react');
const core = (await import(builtCore)) as typeof import('../../src/core');
const { socialMediaAssessment, socialMediaReference } = (await import(builtContent)) as typeof import('../../src/content/social-media');

const enterprise = core.scoreAnswers(socialMediaAssessment, enterpriseSaas);
const committee = [
  { label: 'Marketing', profile: core.scoreAnswers(socialMediaAssessment, manufacturer) },
  { label: 'Sales', profile: enterprise },
];

/** A page of the kit's views in the dark theme: the wizard's first step, a whole result (its details in closed disclosures) and a team comparison. */
function pageHtml(): string {
  const views: ReactElement[] = [
    createElement(kit.AssessmentProvider, { questionnaire: socialMediaAssessment, reference: socialMediaReference, defaultAnswers: {} }, createElement(kit.AssessmentWizard)),
    createElement(kit.AssessmentResult, { profile: enterprise, questionnaire: socialMediaAssessment, reference: socialMediaReference }),
    createElement(kit.TeamComparison, { members: committee, questionnaire: socialMediaAssessment }),
  ];
  const body = views.map((view) => renderToStaticMarkup(view)).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${readFileSync('dist/styles.css', 'utf8')}</style></head>
<body><main data-theme="dark">${body}</main></body></html>`;
}

/** What the print rules change, read from the computed styles. */
function readLayout(page: Page) {
  return page.evaluate(() => {
    const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
    const all = (selector: string) => [...document.querySelectorAll(selector)];
    const link = document.querySelector<HTMLAnchorElement>('.rk-Link[href^="http"]');
    const table = document.querySelector('.rk-Result .rk-ComparisonTable')!;
    const sections = all('.rk-Result details');
    return {
      closedSections: sections.filter((section) => !(section as HTMLDetailsElement).open).length,
      sections: sections.length,
      // Whether the browser draws each section's content: not while closed on screen, always on paper.
      shownSections: sections.filter((section) => section.querySelector('.rk-Result-disclosureBody')!.checkVisibility()).length,
      navDisplay: style('.rk-Wizard-nav').display,
      visibleButtons: all('.rk-Button').filter((button) => getComputedStyle(button).display !== 'none').length,
      buttons: all('.rk-Button').length,
      cardBreak: style('.rk-KpiCard').breakInside,
      rowBreaks: [...new Set(all('.rk-ComparisonTable-row').map((row) => getComputedStyle(row).breakInside))],
      recommendationBreak: style('.rk-RecommendationList-item').breakInside,
      rootColor: style('.rk-Result .rk-ProfileSummary').color,
      rootBackground: style('.rk-TeamComparison .rk-ComparisonTable').backgroundColor,
      linkUrl: link?.href ?? '',
      linkAfter: link ? getComputedStyle(link, '::after').content : '',
      tableOverflows: table.scrollWidth > table.clientWidth + 1,
    };
  });
}

describe('print stylesheet in Chromium', () => {
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    // About the width of an A4 page's printable area at 96 dpi.
    page = await browser.newPage({ viewport: { width: 720, height: 1000 } });
    page.on('request', (request) => requests.push(request.url()));
    await page.setContent(pageHtml(), { waitUntil: 'load' });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the controls, the dark theme and a sideways-scrolling table on screen', async () => {
    await page.emulateMedia({ media: 'screen' });
    const screen = await readLayout(page);
    expect(screen.navDisplay).not.toBe('none');
    expect(screen.buttons).toBeGreaterThan(0);
    expect(screen.visibleButtons).toBe(screen.buttons);
    expect(screen.rootColor).not.toBe('rgb(0, 0, 0)');
    expect(screen.linkAfter).toBe('none');
    expect(screen.tableOverflows).toBe(true);
    expect(screen.sections).toBeGreaterThan(0);
    expect(screen.closedSections).toBe(screen.sections);
    expect(screen.shownSections).toBe(0);
  });

  it('prints black on white, without controls, every closed section open, with whole cards and rows, link addresses and a table that fits', async () => {
    await page.emulateMedia({ media: 'print' });
    const print = await readLayout(page);
    expect(print).toMatchObject({
      navDisplay: 'none',
      visibleButtons: 0,
      cardBreak: 'avoid',
      rowBreaks: ['avoid'],
      recommendationBreak: 'avoid',
      rootColor: 'rgb(0, 0, 0)',
      rootBackground: 'rgb(255, 255, 255)',
      tableOverflows: false,
    });
    // Printed from closed disclosures, with no print event: the stylesheet alone opens them.
    expect(print.closedSections).toBe(print.sections);
    expect(print.shownSections).toBe(print.sections);
    expect(print.linkUrl).toMatch(/^https?:\/\//);
    expect(print.linkAfter).toContain(print.linkUrl);
  });

  it('prints to a PDF, with no request leaving the page', async () => {
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
    expect(requests.filter((url) => !url.startsWith('about:') && !url.startsWith('data:'))).toEqual([]);
  });
});
