import { defineConfig, type Options } from 'tsup';

type EsbuildPlugin = NonNullable<Options['esbuildPlugins']>[number];

/**
 * Keeps the UI's other languages in a module of their own (words, not code): the React entry imports
 * `./ui-translations.js` (or `.cjs`) instead of carrying them in a shared chunk, so the size budgets
 * count them apart and a host that needs only English can leave them out.
 */
const translationsAsSibling: EsbuildPlugin = {
  name: 'translations-as-sibling',
  setup(build) {
    // tsup builds split CJS as ESM and converts it afterwards, so the format is read off the extension.
    const extension = build.initialOptions.outExtension?.['.js'] ?? '.js';
    build.onResolve({ filter: /\/translations$/ }, (args) =>
      args.importer.includes('/src/react/i18n/') ? { path: `./ui-translations${extension}`, external: true } : undefined,
    );
  },
};

export default defineConfig([
  {
    // The bundled assessment is its own public entry, readiness-kit/social-media: nothing in the core
    // or the React entry imports it, so hosts ship it only when they pass it in. The React entry
    // shares the core's chunks rather than carrying a copy.
    entry: {
      core: 'src/core/index.ts',
      'social-media': 'src/content/social-media/index.ts',
      index: 'src/react/index.ts',
      dialog: 'src/react/dialog.ts',
      share: 'src/react/share.ts',
      // The authoring playground, for a vendor's admin: an entry of its own, so the main React entry
      // (and every respondent page) carries neither it nor jsonc-parser.
      playground: 'src/playground/index.ts',
      'ui-translations': 'src/react/i18n/translations/index.ts',
      // Internal, not in package.json's exports: an entry of its own puts the zod schemas in a chunk of
      // their own, so a host that never validates a definition (a lone KpiCard) drops them, and zod.
      // Building them runs zod at import, which a bundler must otherwise keep as a side effect.
      'questionnaire-schema': 'src/core/questionnaire/questionnaire.schema.ts',
      // The same for the peer benchmark's schemas: only a host that reads a benchmark file ships them.
      'benchmark-schema': 'src/core/benchmark/peerBenchmark.schema.ts',
      'benchmark-record-schema': 'src/core/benchmark/benchmarkRecord.schema.ts',
    },
    format: ['esm', 'cjs'],
    splitting: true,
    dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
    sourcemap: true,
    clean: true,
    target: 'es2022',
    external: ['react', 'react-dom', 'react/jsx-runtime', '@radix-ui/react-dialog'],
    esbuildPlugins: [translationsAsSibling],
  },
  {
    // The playground's stylesheet is its own file (readiness-kit/playground.css): respondent pages never load it.
    entry: { styles: 'src/styles/index.css', playground: 'src/playground/playground.css' },
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
