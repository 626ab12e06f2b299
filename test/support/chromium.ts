import { existsSync } from 'node:fs';

/** The system Chromium (Debian's `chromium` package); playwright's own download fails offline. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Headless and offline: no sandbox (CI runs as root in a container), no GPU, and every host name but
 * localhost resolves to nothing, so a page that reaches for the network fails instead of hanging.
 */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1',
];

/** Whether the Chromium at `chromiumPath` exists, so browser tests can skip or fail with a reason. */
export function hasChromium(): boolean {
  return existsSync(chromiumPath);
}
