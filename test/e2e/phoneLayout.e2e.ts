import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, type OpenedPage } from './support/openPage';
import { saveScreenshot } from './support/readResult';
import { serveStatic, type StaticServer } from './support/staticServer';
import { builtStories, openStory, storybookDir } from './support/storybookStories';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

/** The views a result is made of: the test covers every story, and these must be among them. */
const RESULT_TITLES = new Set([
  'Components/AssessmentResult',
  'Components/ProfileSummary',
  'Components/DimensionChart',
  'Components/ComparisonTable',
  'Components/TeamComparison',
  'Components/KpiCard',
  'Components/KpiGrid',
  'Components/NetworkRings',
  'Components/PeerDistribution',
  'Components/RecommendationList',
  'Components/ExportButtons',
  'Flows/Benchmarks',
]);
const stories = builtStories();

/** The screenshots docs/screenshots/ keeps, at both widths: story id by file name. */
const SCREENSHOTS = {
  'story-wizard': 'components-assessmentwizard--default',
  'story-result': 'components-assessmentresult--final-english',
  'story-kpi-grid': 'components-kpigrid--all-kpis',
  'story-comparison-table': 'components-comparisontable--real-profile',
  'story-chart-bars': 'components-dimensionchart--bars',
  'story-chart-radar': 'components-dimensionchart--radar',
  'story-network-rings': 'components-networkrings--real-profile',
} as const;

/** The page's width against the viewport's, and the elements that stick out sideways (for the message). */
function sidewaysOverflow(page: Page): Promise<{ scrollWidth: number; viewport: number; outside: string[] }> {
  return page.evaluate(() => {
    const viewport = window.innerWidth;
    const outside: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        const box = element.getBoundingClientRect();
        if (box.width > 0 && (box.right > viewport + 0.5 || box.left < -0.5))
          outside.push(`${element.tagName.toLowerCase()}.${element.classList[0] ?? ''} [${Math.round(box.left)}, ${Math.round(box.right)}]`);
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(document);
    return { scrollWidth: document.documentElement.scrollWidth, viewport, outside: outside.slice(0, 8) };
  });
}

/**
 * Every comparison table: whether it stacks into cards, whether it would scroll sideways in its
 * region, and for each body cell whether it lies wholly inside the region's box (no column off to the
 * side) and, stacked, shows its column's name.
 */
function comparisonCells(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.rk-ComparisonTable')].map((region) => {
      const table = region.querySelector('table')!;
      const headers = [...table.querySelectorAll('thead th')].map((cell) => cell.textContent);
      const regionBox = region.getBoundingClientRect();
      const stacked = getComputedStyle(table).display === 'block';
      const narrow = region.clientWidth < 40 * parseFloat(getComputedStyle(document.documentElement).fontSize);
      const cells = [...table.querySelectorAll<HTMLElement>('tbody tr')].flatMap((row) =>
        [...row.children].map((cell, column) => {
          const box = cell.getBoundingClientRect();
          const inView = box.width > 0 && box.left >= regionBox.left - 0.5 && box.right <= regionBox.right + 0.5;
          const named = column === 0 || !stacked || (cell.getAttribute('data-label') === headers[column] && getComputedStyle(cell, '::before').display !== 'none');
          return { column: headers[column], inView, named };
        }),
      );
      return { columns: headers.length, narrow, stacked, scrolls: region.scrollWidth > region.clientWidth + 1, cells };
    }),
  );
}

describe('phones: every story at 390 px (every result story among them), the built Storybook in Chromium; screenshots at 390 and 1280 px', () => {
  let server: StaticServer;
  let opened: OpenedPage;

  beforeAll(async () => {
    server = await serveStatic(storybookDir);
    opened = await openPage(`${server.origin}/iframe.html`, { viewport: PHONE });
  });

  afterAll(async () => {
    await opened?.close();
    await server?.close();
  });

  it('finds every result view’s stories among those it checks', () => {
    const titles = new Set(stories.map((story) => story.title));
    expect([...RESULT_TITLES].filter((title) => !titles.has(title))).toEqual([]);
    expect(stories.map((story) => story.id)).toEqual(expect.arrayContaining(Object.values(SCREENSHOTS)));
  });

  it.each(stories.map((story) => [story.id]))('%s: no sideways scroll, and a comparison table shows every column', async (id) => {
    const { page } = opened;
    await openStory(page, server.origin, id);
    const overflow = await sidewaysOverflow(page);
    expect(overflow.scrollWidth, `sticking out: ${overflow.outside.join('; ')}`).toBe(overflow.viewport);
    for (const table of await comparisonCells(page)) {
      expect(table.stacked, 'a table in less than 40rem stacks into cards, and only then').toBe(table.narrow);
      expect(table.scrolls).toBe(false);
      expect(table.cells.filter((cell) => !cell.inView)).toEqual([]);
      expect(table.cells.filter((cell) => !cell.named)).toEqual([]);
    }
  });

  // Last, since they move the viewport: the screenshots docs/screenshots/ keeps, and the table on a desktop.
  it.each(Object.entries(SCREENSHOTS))('%s fits and is photographed at both widths', async (name, id) => {
    const { page } = opened;
    for (const viewport of [PHONE, DESKTOP]) {
      await page.setViewportSize(viewport);
      await openStory(page, server.origin, id);
      expect((await sidewaysOverflow(page)).scrollWidth).toBe(viewport.width);
      await saveScreenshot(page, `${name}-${viewport.width}`);
    }
  });

  it('keeps the comparison table a table on a wide screen, every column in view', async () => {
    const { page } = opened;
    await page.setViewportSize(DESKTOP);
    await openStory(page, server.origin, SCREENSHOTS['story-comparison-table']);
    const [table] = await comparisonCells(page);
    expect(table).toMatchObject({ columns: 4, narrow: false, stacked: false, scrolls: false });
    expect(table!.cells.filter((cell) => !cell.inView)).toEqual([]);
  });
});
