import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/** The system Chromium (Debian's `chromium` package); playwright's own download fails offline. */
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Headless and offline: no sandbox (CI runs as root in a container), no GPU, and every host name but
 * localhost resolves to nothing, so a story that reaches for the network fails instead of hanging.
 */
const chromiumArgs = [
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

/**
 * Every story (from .storybook/main.ts) as a test in real Chromium: render, play function, and the
 * a11y addon's axe run (colour contrast included), once per theme so both token sets are checked.
 * Not `extends`: Storybook brings its own React plugin, and a second one would clash. Runs only when
 * asked: `--project storybook --project storybook-dark` (scripts/runStoryTests.sh).
 */
function storyProject(name: string, theme: 'light' | 'dark') {
  return {
    plugins: [storybookTest({ configDir: '.storybook', initialGlobals: { theme } })],
    test: {
      name,
      browser: {
        enabled: true,
        headless: true,
        provider: playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
        instances: [{ browser: 'chromium' as const }],
      },
    },
  };
}

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      { extends: true, test: { name: 'core', include: ['test/**/*.test.ts'], environment: 'node' } },
      {
        extends: true,
        test: {
          name: 'react',
          include: ['test/react/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['test/react/setup.ts'],
        },
      },
      storyProject('storybook', 'light'),
      storyProject('storybook-dark', 'dark'),
    ],
  },
});
