import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The bundled assessment is data a host passes in (readiness-kit/social-media). If the core or the
 * React layer imported it, even as a fallback, every host's bundle would carry its 40 KB of text.
 */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

/** The module specifiers a file imports or re-exports at runtime (`import type` and `export type` left out). */
function runtimeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^'";]*?from\s+'([^']+)'/gm), ...text.matchAll(/import\(\s*'([^']+)'\s*\)/g)].map((match) => match[1]!);
}

describe('the bundled assessment stays out of the core and the React layer', () => {
  const files = [...sourceFiles('src/core'), ...sourceFiles('src/react')];

  it('finds the source files it checks', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(runtimeImports('src/embed/EmbeddedAssessment.tsx')).toContain('../content/social-media');
  });

  it('no file of theirs imports anything from src/content', () => {
    const offenders = files.flatMap((file) => runtimeImports(file).filter((specifier) => specifier.includes('content/')).map((specifier) => `${file}: ${specifier}`));
    expect(offenders).toEqual([]);
  });
});
