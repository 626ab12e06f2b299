import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { TestProject } from 'vitest/node';
import { packKit } from './support/packKit';

/**
 * Packs the built kit once for every e2e file (failing with a clear message when dist/ is missing),
 * and removes this run's tarball afterwards.
 */
export default function setup(project: TestProject): () => void {
  const started = performance.now();
  const tarball = packKit();
  project.provide('kitTarball', tarball);
  console.log(`[e2e] packed the kit: ${tarball} (${Math.round(performance.now() - started)} ms)`);
  return () => rmSync(dirname(tarball), { recursive: true, force: true });
}
