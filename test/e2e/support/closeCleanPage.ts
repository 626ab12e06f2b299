import { expect } from 'vitest';
import { pageRecord } from './embedProbe';
import type { OpenedPage } from './openPage';

/**
 * Closes a page recorded with `recordPage`, asserting that whatever the test did, it made no request
 * to another origin, logged no error or warning, threw nothing and broke no rule of its CSP.
 */
export async function closeCleanPage(opened: OpenedPage): Promise<void> {
  const { offOriginRequests, consoleErrors, pageErrors } = opened;
  const { cspViolations } = await pageRecord(opened.page);
  await opened.close();
  expect({ offOriginRequests, consoleErrors, pageErrors, cspViolations }).toEqual({ offOriginRequests: [], consoleErrors: [], pageErrors: [], cspViolations: [] });
}
