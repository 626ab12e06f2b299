/*
 * Bundle cost: each entry bundled and minified by esbuild the same way (ESM, browser, React and
 * react-dom external except for the script-tag embeds, which must carry their own), then gzip -9.
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const bench = fileURLToPath(new URL('.', import.meta.url));
const dist = fileURLToPath(new URL('../dist/', import.meta.url));

/** One measured entry: its source (JS code, or a file to bundle as the entry point) and whether React is bundled in. */
export interface SizeEntry {
  label: string;
  side: 'kit' | 'peer';
  js?: string;
  file?: string;
  bundleReact?: boolean;
  /** Further modules left out of the bundle (the kit's content and translation modules). */
  external?: string[];
}

/** The entries the issue lists, kit and peers. */
export const sizeEntries: SizeEntry[] = [
  { label: 'core (headless)', side: 'kit', js: `export * from ${JSON.stringify(`${dist}core.js`)};` },
  { label: 'core: engine and store only (tree-shaken)', side: 'kit', js: `export { parseQuestionnaire, createAssessmentStore, scoreAnswers } from ${JSON.stringify(`${dist}core.js`)};` },
  { label: 'React entry (no React)', side: 'kit', js: `export * from ${JSON.stringify(`${dist}index.js`)};` },
  {
    label: 'React entry, code only (no React, no translations)',
    side: 'kit',
    js: `export * from ${JSON.stringify(`${dist}index.js`)};`,
    external: ['*/ui-translations.js'],
  },
  // The bundled assessment is its own entry now: a card carries only its code and the UI words.
  { label: 'KpiCard alone (no React, tree-shaken)', side: 'kit', js: `export { KpiCard } from ${JSON.stringify(`${dist}index.js`)};` },
  {
    label: 'KpiCard alone, code only (no React, no translations)',
    side: 'kit',
    js: `export { KpiCard } from ${JSON.stringify(`${dist}index.js`)};`,
    external: ['*/ui-translations.js'],
  },
  { label: 'CSS', side: 'kit', file: `${dist}styles.css` },
  // What a page loads from a <script> tag: the IIFE, with Preact, the engine and the assessment in three languages.
  { label: 'script-tag embed (dist/embed.global.js)', side: 'kit', file: `${dist}embed.global.js`, bundleReact: true },
  { label: 'survey-core', side: 'peer', js: `export * from 'survey-core';` },
  { label: 'survey-core + survey-react-ui (no React)', side: 'peer', js: `export * from 'survey-core'; export * from 'survey-react-ui';` },
  { label: 'survey-core CSS', side: 'peer', file: `${bench}node_modules/survey-core/survey-core.min.css` },
  { label: '@typeform/embed', side: 'peer', js: `export * from '@typeform/embed';`, bundleReact: true },
  { label: '@tremor/react KPI card (no React)', side: 'peer', js: `export { Card, Metric, Text, BadgeDelta } from '@tremor/react';` },
];

/** Minified and gzipped bytes of one entry. */
export async function measureSize(entry: SizeEntry): Promise<{ minified: number; gzip: number }> {
  const result = await build({
    ...(entry.file ? { entryPoints: [entry.file] } : { stdin: { contents: entry.js!, resolveDir: bench, loader: 'js' } }),
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    loader: { '.css': 'css', '.svg': 'dataurl', '.woff': 'dataurl', '.woff2': 'dataurl', '.ttf': 'dataurl' },
    define: { 'process.env.NODE_ENV': '"production"' },
    external: [...(entry.bundleReact ? [] : ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client']), ...(entry.external ?? [])],
    outdir: 'out',
  });
  const code = Buffer.concat(result.outputFiles.map((file) => Buffer.from(file.contents)));
  return { minified: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

/** Gzipped bytes of a file as shipped (for reference beside the esbuild figure). */
export function gzipFile(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}
