import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The content is its own entry so that, in the ESM build, it lands in its own module: hosts'
    // bundlers then drop the bundled assessment when only the engine is imported. The React entry
    // shares the core's chunks rather than carrying a copy.
    entry: {
      core: 'src/core/index.ts',
      'social-media': 'src/content/social-media/index.ts',
      index: 'src/react/index.ts',
    },
    format: ['esm', 'cjs'],
    splitting: true,
    dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
    sourcemap: true,
    clean: true,
    target: 'es2022',
    external: ['react', 'react-dom', 'react/jsx-runtime', '@radix-ui/react-dialog'],
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
