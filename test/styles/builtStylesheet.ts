import { existsSync, readFileSync } from 'node:fs';

/** The built `dist/styles.css` (all imports inlined); `npm test` builds before testing. */
export function builtStylesheet(): string {
  const path = 'dist/styles.css';
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` (npm test does) before these tests`);
  return readFileSync(path, 'utf8');
}
