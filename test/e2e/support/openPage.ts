import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath, hasChromium } from '../../support/chromium';

/** A page open in real Chromium, with what it did that a test may want to forbid. */
export interface OpenedPage {
  page: Page;
  browser: Browser;
  /** Every request to another origin than the page's (data: and blob: URLs are not counted). */
  offOriginRequests: string[];
  /** Console messages of type error or warning, as `error: text (url:line)`. */
  consoleErrors: string[];
  /** Uncaught exceptions thrown in the page. */
  pageErrors: string[];
  close(): Promise<void>;
}

/** Options of `openPage`. */
export interface OpenPageOptions {
  /** The viewport, 1280×900 by default (the screenshots' width). */
  viewport?: { width: number; height: number };
  /** Runs on the new page before it navigates, e.g. to add an init script. */
  beforeNavigate?: (page: Page) => Promise<void>;
}

/** Whether a URL leaves the page's origin; inline data and blobs never do. */
function isOffOrigin(url: string, origin: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return false;
  return new URL(url).origin !== origin;
}

/**
 * Launches the system Chromium (offline arguments from test/support/chromium.ts), opens `url` and
 * waits for it to load, recording off-origin requests, console errors and warnings, and page errors
 * from the first request on.
 */
export async function openPage(url: string, options: OpenPageOptions = {}): Promise<OpenedPage> {
  if (!hasChromium()) throw new Error(`Chromium not found at ${chromiumPath}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`);
  const origin = new URL(url).origin;
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const offOriginRequests: string[] = [];
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  try {
    const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.on('request', (request) => {
      if (isOffOrigin(request.url(), origin)) offOriginRequests.push(`${request.method()} ${request.url()}`);
    });
    page.on('console', (message) => {
      if (message.type() !== 'error' && message.type() !== 'warning') return;
      const { url: source, lineNumber } = message.location();
      consoleErrors.push(`${message.type()}: ${message.text()}${source ? ` (${source}:${lineNumber})` : ''}`);
    });
    page.on('pageerror', (error) => pageErrors.push(error.stack ?? error.message));
    await options.beforeNavigate?.(page);
    await page.goto(url, { waitUntil: 'load' });
    return { page, browser, offOriginRequests, consoleErrors, pageErrors, close: () => browser.close() };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
