import type { StorybookConfig } from '@storybook/react-vite';
import type { Channel } from 'storybook/internal/channels';
import { REQUEST_WHATS_NEW_DATA, RESULT_WHATS_NEW_DATA } from 'storybook/internal/core-events';
import { fileURLToPath } from 'node:url';
import { mergeConfig } from 'vite';

/**
 * The manager UI asks the dev server for Storybook's "what's new" post on every load, and the server
 * fetches https://storybook.js.org/whats-new/v1 whatever the config says (10.6.7). Answering the
 * request here, as the server does when offline, keeps the dev server free of network calls. main.ts
 * is the last preset applied, so its handler replaces the built-in one.
 */
async function experimental_serverChannel(channel: Channel): Promise<Channel> {
  channel.removeAllListeners(REQUEST_WHATS_NEW_DATA);
  channel.on(REQUEST_WHATS_NEW_DATA, () => channel.emit(RESULT_WHATS_NEW_DATA, { data: { status: 'ERROR' } }));
  return channel;
}

/**
 * Storybook for the kit's components, read from source (`../src/react`), so a story shows the code as
 * it is now, without a build. Offline by design: no telemetry here, and the dev server runs with
 * `--no-version-updates` (see the `start` script).
 */
const config: StorybookConfig & { experimental_serverChannel: typeof experimental_serverChannel } = {
  framework: '@storybook/react-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  experimental_serverChannel,
  // react-docgen (not the TypeScript checker) reads the props tables: fast and enough for our JSDoc.
  typescript: { reactDocgen: 'react-docgen' },
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, {
      resolve: {
        // The embed's stylesheet as a string: tsup.embed.config.ts inlines dist/styles.css; here Vite
        // inlines the source, so the element's story runs without a build.
        alias: { 'virtual:readiness-kit-styles': `${fileURLToPath(new URL('../src/styles/index.css', import.meta.url))}?inline` },
      },
      build: {
        // Storybook's preview bundle is big by nature; the kit's own budgets live in .size-limit.json.
        chunkSizeWarningLimit: 4096,
        rolldownOptions: {
          onwarn(warning, warn) {
            // The kit's entry and Radix carry "use client" for React Server Components; a bundle for
            // the browser rightly drops it. Plugin timings only say that react-docgen takes time.
            if (warning.code === 'MODULE_LEVEL_DIRECTIVE' || warning.code === 'PLUGIN_TIMINGS') return;
            warn(warning);
          },
        },
      },
    }),
};

export default config;
