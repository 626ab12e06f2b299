import type { StorybookConfig } from '@storybook/react-vite';

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
};

export default config;
