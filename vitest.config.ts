import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
// `.js`: Vite warns about extensionless relative imports in a config; TypeScript maps it to the .ts file.
import { chromiumArgs, chromiumPath } from './test/support/chromium.js';

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
      // One story file at a time: files share one Chromium page (an iframe each), and a real key press
      // (the result's disclosures open only on a trusted Enter) goes to whichever iframe has focus.
      fileParallelism: false,
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
  // The embed's stylesheet, which its build inlines from dist/styles.css (tsup.embed.config.ts).
  resolve: { alias: { 'virtual:readiness-kit-styles': `${fileURLToPath(new URL('src/styles/index.css', import.meta.url))}?inline` } },
  test: {
    projects: [
      // CSS is processed only for the embed's inlined stylesheet (the virtual alias above).
      { extends: true, test: { name: 'core', include: ['test/**/*.test.ts'], environment: 'node', css: { include: [/src\/styles\//] } } },
      {
        extends: true,
        test: {
          name: 'react',
          include: ['test/react/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['test/react/setup.ts'],
        },
      },
      {
        // Example hosts installed from the packed kit, driven in real Chromium (scripts/runE2e.sh).
        // `.e2e.ts`, not `.test.ts`: the `core` project globs test/**/*.test.ts. Serial, and slow
        // hooks: each file runs `npm ci` and a production build of its example in beforeAll.
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/globalSetup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
      {
        // The React components in real Chromium, under attack (scripts/runInChromium.sh): jsdom runs no
        // event handlers from markup, so only a real browser shows that a vector rendered as HTML would run.
        // `.browser.test.tsx`, under test/browser/: neither the `core` nor the `react` glob reaches it.
        extends: true,
        // Bundled before the first test: found mid-run, they are optimised again and the page ends up
        // with two copies of React ("Cannot read properties of null (reading 'useContext')").
        optimizeDeps: { include: ['react', 'react-dom', 'react-dom/client', 'react/jsx-dev-runtime', '@testing-library/react', '@radix-ui/react-dialog', 'zod'] },
        test: {
          name: 'browser',
          include: ['test/browser/**/*.browser.test.tsx'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
            instances: [{ browser: 'chromium' as const }],
          },
        },
      },
      storyProject('storybook', 'light'),
      storyProject('storybook-dark', 'dark'),
    ],
  },
});
