import { defineConfig, type Options } from 'tsup';

type EsbuildPlugin = NonNullable<Options['esbuildPlugins']>[number];

/**
 * Keeps the bundled assessment in its own file: the core and React entries import
 * `./social-media.js` (or `.cjs`) instead of carrying its texts in a shared chunk. Hosts' bundlers
 * still include it where it is used; the size budgets can then count it apart from the code.
 */
const bundledContentAsSibling: EsbuildPlugin = {
  name: 'bundled-content-as-sibling',
  setup(build) {
    // tsup builds split CJS as ESM and converts it afterwards, so the format is read off the extension.
    const extension = build.initialOptions.outExtension?.['.js'] ?? '.js';
    build.onResolve({ filter: /content\/social-media$/ }, (args) =>
      args.importer.includes('/src/content/') ? undefined : { path: `./social-media${extension}`, external: true },
    );
    // The UI's other languages likewise: words, not code, in a module of their own.
    build.onResolve({ filter: /\/translations$/ }, (args) =>
      args.importer.includes('/src/react/i18n/') ? { path: `./ui-translations${extension}`, external: true } : undefined,
    );
  },
};

export default defineConfig([
  {
    // The content is its own entry so that, in the ESM build, it lands in its own module: hosts'
    // bundlers then drop the bundled assessment when only the engine is imported. The React entry
    // shares the core's chunks rather than carrying a copy.
    entry: {
      core: 'src/core/index.ts',
      'social-media': 'src/content/social-media/index.ts',
      index: 'src/react/index.ts',
      dialog: 'src/react/dialog.ts',
      share: 'src/react/share.ts',
      'ui-translations': 'src/react/i18n/translations/index.ts',
    },
    format: ['esm', 'cjs'],
    splitting: true,
    dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
    sourcemap: true,
    clean: true,
    target: 'es2022',
    external: ['react', 'react-dom', 'react/jsx-runtime', '@radix-ui/react-dialog'],
    esbuildPlugins: [bundledContentAsSibling],
  },
  {
    entry: { styles: 'src/styles/index.css' },
    outDir: 'dist',
    minify: true,
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    sourcemap: false,
  },
]);
