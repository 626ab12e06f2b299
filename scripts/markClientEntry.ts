/*
 * Puts "use client" first in the React entries' builds (index, dialog, share and playground). esbuild keeps the directive in the
 * ESM file but puts "use strict" ahead of it in CJS, where Next.js's App Router would then miss it.
 * The directive goes on the first line without a newline, so the source map's lines stay right.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const DIRECTIVE = '"use client";';
for (const file of ['dist/index.js', 'dist/index.cjs', 'dist/dialog.js', 'dist/dialog.cjs', 'dist/share.js', 'dist/share.cjs', 'dist/playground.js', 'dist/playground.cjs']) {
  const source = readFileSync(file, 'utf8');
  if (!source.startsWith(DIRECTIVE)) writeFileSync(file, DIRECTIVE + source);
}
