import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The kit's tarball, packed once per run by test/e2e/globalSetup.ts. */
    kitTarball: string;
  }
}

/** The repository's root, which is the kit's package. */
export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url)).replace(/\/$/, '');

/** Scratch folder for e2e runs (git-ignored): each run packs the kit into a folder of its own. */
export const scratchDir = join(repoRoot, '.e2e');

/** The built files the kit's exports point at; packing without them would ship an empty package. */
const requiredBuild = ['dist/index.js', 'dist/core.js', 'dist/styles.css', 'dist/embed.global.js'];

let packed: string | undefined;

/** The tarball globalSetup packed for this run, when called from a test file. */
function providedTarball(): string | undefined {
  try {
    return inject('kitTarball');
  } catch {
    // Not in a test file (globalSetup, a script): nothing was provided.
    return undefined;
  }
}

/**
 * The kit as `npm pack` makes it from the built repo (dist/ must exist), as an absolute path. Packed
 * once per run: globalSetup packs and provides the path to the test files; called anywhere else, it
 * packs on first use. Each run gets its own folder, so runs started side by side never share a file.
 */
export function packKit(): string {
  const provided = providedTarball();
  if (provided && existsSync(provided)) return provided;
  if (packed && existsSync(packed)) return packed;
  const missing = requiredBuild.filter((file) => !existsSync(join(repoRoot, file)));
  if (missing.length > 0)
    throw new Error(
      `e2e tests pack the built kit, but ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} missing: run \`npm run build\` at the root first`,
    );
  const destination = join(scratchDir, `kit-${Date.now()}-${process.pid}`);
  mkdirSync(destination, { recursive: true });
  const output = execFileSync('npm', ['pack', '--pack-destination', destination, '--json', '--silent'], {
    cwd: repoRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // --json prints one entry per packed package; lifecycle scripts may print before it.
  const [entry] = JSON.parse(output.slice(output.indexOf('['))) as { filename: string }[];
  if (!entry) throw new Error(`npm pack printed no package:\n${output}`);
  packed = join(destination, entry.filename);
  return packed;
}
