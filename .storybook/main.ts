import type { StorybookConfig } from '@storybook/react-vite';
import { mergeConfig } from 'vite';

/**
 * Storybook for the kit's components, read from source (`../src/react`), so a story shows the code as
 * it is now, without a build. Offline by design: no telemetry here, and the dev server runs with
 * `--no-version-updates` (see the `start` script).
 */
const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true },
  // react-docgen (not the TypeScript checker) reads the props tables: fast and enough for our JSDoc.
  typescript: { reactDocgen: 'react-docgen' },
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, {
      build: {
        // Storybook's preview bundle is big by nature; the kit's own budgets live in .size-limit.json.
        chunkSizeWarningLimit: 4096,
        rolldownOptions: {
          onwarn(warning, warn) {
            // The kit's entry and Radix carry "use client" for React Server Components; a bundle for
            // the browser rightly drops it, so the warning says nothing here.
            if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
            warn(warning);
          },
        },
      },
    }),
};

export default config;
