import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';

type EsbuildPlugin = NonNullable<Options['esbuildPlugins']>[number];

/**
 * Inlines the kit's built stylesheet (dist/styles.css, from the main build) as a string, which the
 * element hands to its shadow root as a constructable stylesheet.
 */
const kitStylesAsText: EsbuildPlugin = {
  name: 'kit-styles-as-text',
  setup(build) {
    // Not a `.css` path: tsup's own CSS handling would claim it and emit a stylesheet instead.
    build.onResolve({ filter: /^virtual:readiness-kit-styles$/ }, () => ({ path: 'styles', namespace: 'kit-styles' }));
    build.onLoad({ filter: /.*/, namespace: 'kit-styles' }, () => ({
      contents: readFileSync(resolve('dist/styles.css'), 'utf8'),
      loader: 'text',
      watchFiles: [resolve('dist/styles.css')],
    }));
  },
};

/**
 * The embed renders with Preact through `preact/compat` instead of React: React and react-dom alone
 * are about 68 kB gzip, which would put the widget over its 110 kB budget. The e2e suite runs on
 * this build, so every behaviour it checks holds on Preact. Hosts using the React components are
 * unaffected: only the embed is built this way.
 */
const reactAsPreact: Record<string, string> = {
  react: 'preact/compat',
  'react-dom': 'preact/compat',
  'react-dom/client': 'preact/compat/client',
  'react/jsx-runtime': 'preact/jsx-runtime',
  'react/jsx-dev-runtime': 'preact/jsx-runtime',
  // Radix Dialog's scroll lock injects a <style> element, which a strict CSP blocks: see the stand-in.
  'react-remove-scroll': resolve('src/embed/lockPageScroll.tsx'),
};

/**
 * The embed is self-contained: it bundles its renderer, Radix, zod and the assessment, since a page
 * with only a script tag has none of them. Built after the main build, whose stylesheet it inlines.
 */
const shared: Options = {
  outDir: 'dist',
  platform: 'browser',
  target: 'es2020',
  minify: true,
  sourcemap: true,
  clean: false,
  noExternal: [/.*/],
  define: { 'process.env.NODE_ENV': '"production"' },
  esbuildPlugins: [kitStylesAsText],
  esbuildOptions(options) {
    // RK_EMBED_RENDERER=react builds it on React instead, to compare size and run the e2e suite on it.
    const renderer = process.env.RK_EMBED_RENDERER === 'react' ? { 'react-remove-scroll': reactAsPreact['react-remove-scroll']! } : reactAsPreact;
    options.alias = { ...options.alias, ...renderer };
  },
};

export default defineConfig([
  // `readiness-kit/embed` for bundlers: exports `defineReadinessAssessment`, registers nothing on import.
  { ...shared, entry: { embed: 'src/embed/index.ts' }, format: ['esm', 'cjs'], dts: { compilerOptions: { ignoreDeprecations: '6.0' } } },
  // `dist/embed.global.js` for a script tag: registers `<readiness-assessment>` when it loads.
  { ...shared, entry: { embed: 'src/embed/global.ts' }, format: ['iife'] },
]);
