import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/*
 * The bundled assessment is data a host passes in (readiness-kit/social-media). If the core or the
 * React layer imported it, even as a fallback, every host's bundle would carry its 40 KB of text.
 * A static check of the source's import graph, read with TypeScript's parser so that no form of
 * import slips past (side-effect, `export * from`, dynamic `import()`, `require`, `import('…').T`).
 */

/** One module a file refers to, and whether the reference is erased from the JavaScript. */
interface ModuleReference {
  specifier: string;
  typeOnly: boolean;
}

const root = resolve('.');
const under = (file: string, dir: string) => relative(join(root, dir), file).split(/[\\/]/)[0] !== '..';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [resolve(dir, entry.name)] : [],
  );
}

const literal = (node: ts.Node | undefined) => (node && ts.isStringLiteralLike(node) ? node.text : undefined);

/**
 * Every module a source text refers to. With `verbatimModuleSyntax` (this tsconfig) only `import type`
 * and `export type` are erased whole; `import { type A } from 'x'` stays as `import 'x'`.
 */
function moduleReferences(fileName: string, text: string): ModuleReference[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: ModuleReference[] = [];
  const add = (specifier: string | undefined, typeOnly: boolean) => specifier !== undefined && found.push({ specifier, typeOnly });
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) add(literal(node.moduleSpecifier), node.importClause?.isTypeOnly ?? false);
    else if (ts.isExportDeclaration(node)) add(literal(node.moduleSpecifier), node.isTypeOnly);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference))
      add(literal(node.moduleReference.expression), node.isTypeOnly);
    else if (ts.isCallExpression(node) && (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require')))
      add(literal(node.arguments[0]), false);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(literal(node.argument.literal), true);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const referencesOf = (file: string) => moduleReferences(file, readFileSync(file, 'utf8'));

/** The source file a relative specifier names, or undefined for a package (or a missing file). */
function resolveSpecifier(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier.replace(/\.(c|m)?js$/, ''));
  return [base, `${base}.ts`, `${base}.tsx`, `${base}.d.ts`, join(base, 'index.ts'), join(base, 'index.tsx')].find(
    (candidate) => /\.tsx?$/.test(candidate) && existsSync(candidate) && statSync(candidate).isFile(),
  );
}

/** The files reached from `entries` through references that stay in the JavaScript. */
function runtimeGraph(entries: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const queue = entries.map((entry) => resolve(entry));
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const { specifier, typeOnly } of referencesOf(file)) {
      const target = typeOnly ? undefined : resolveSpecifier(file, specifier);
      if (target) queue.push(target);
    }
  }
  return seen;
}

/** Where the bundled assessment lives, and the two parts that import it on purpose (self-contained builds). */
const CONTENT_HOLDERS = ['src/content', 'src/embed', 'src/cli'];
/** The public entries of the core and the React layer, and their internal tsup entries. */
const KIT_ENTRIES = [
  'src/core/index.ts',
  'src/core/questionnaire/questionnaire.schema.ts',
  'src/react/index.ts',
  'src/react/dialog.ts',
  'src/react/share.ts',
  'src/react/i18n/translations/index.ts',
];
const show = (file: string) => relative(root, file);

describe('the scanner of module references', () => {
  it('finds every form of import, and tells the erased ones apart', () => {
    const text = [
      `import './sideEffect';`,
      `import a, { b } from "./doubleQuoted";`,
      `import { type C } from './keptUnderVerbatimModuleSyntax';`,
      `import type { D } from './typeOnly';`,
      `export * from './reexported';`,
      `export type * from './typesReexported';`,
      `export { e } from './named';`,
      `const lazy = () => import('./dynamic');`,
      `const old = require('./required');`,
      `import f = require('./importEquals');`,
      `let g: import('./importType').G;`,
      `import {`,
      `  h,`,
      `} from './multiLine';`,
    ].join('\n');
    expect(moduleReferences('sample.ts', text)).toEqual([
      { specifier: './sideEffect', typeOnly: false },
      { specifier: './doubleQuoted', typeOnly: false },
      { specifier: './keptUnderVerbatimModuleSyntax', typeOnly: false },
      { specifier: './typeOnly', typeOnly: true },
      { specifier: './reexported', typeOnly: false },
      { specifier: './typesReexported', typeOnly: true },
      { specifier: './named', typeOnly: false },
      { specifier: './dynamic', typeOnly: false },
      { specifier: './required', typeOnly: false },
      { specifier: './importEquals', typeOnly: false },
      { specifier: './importType', typeOnly: true },
      { specifier: './multiLine', typeOnly: false },
    ]);
  });

  it('sees the embed import the bundled assessment, so the checks below can fail', () => {
    const embed = resolve('src/embed/EmbeddedAssessment.tsx');
    const targets = referencesOf(embed).map(({ specifier }) => resolveSpecifier(embed, specifier));
    expect(targets).toContain(resolve('src/content/social-media/index.ts'));
    expect([...runtimeGraph(['src/embed/index.ts'])].some((file) => under(file, 'src/content'))).toBe(true);
  });
});

describe('the bundled assessment stays out of the core and the React layer', () => {
  const files = [...sourceFiles('src/core'), ...sourceFiles('src/react')];

  it('finds the source files it checks', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('no file of theirs refers to src/content, src/embed or src/cli, not even for a type', () => {
    const offenders = files.flatMap((file) =>
      referencesOf(file)
        .filter(({ specifier }) => {
          const target = resolveSpecifier(file, specifier);
          return specifier.startsWith('readiness-kit') || (target !== undefined && CONTENT_HOLDERS.some((dir) => under(target, dir)));
        })
        .map(({ specifier }) => `${show(file)}: ${specifier}`),
    );
    expect(offenders).toEqual([]);
  });

  it('no relative import of theirs points at a file that does not exist (which this check would miss)', () => {
    const unresolved = files.flatMap((file) =>
      referencesOf(file)
        .filter(({ specifier }) => specifier.startsWith('.') && !specifier.endsWith('.css') && resolveSpecifier(file, specifier) === undefined)
        .map(({ specifier }) => `${show(file)}: ${specifier}`),
    );
    expect(unresolved).toEqual([]);
  });

  it('what their entries load at run time stays inside src/core and src/react', () => {
    const graph = [...runtimeGraph(KIT_ENTRIES)];
    expect(graph.length).toBeGreaterThan(50);
    expect(graph.filter((file) => !under(file, 'src/core') && !under(file, 'src/react')).map(show)).toEqual([]);
  });
});

describe('readiness-kit/social-media', () => {
  it('loads nothing but its own files at run time: the core only for its types', () => {
    const graph = [...runtimeGraph(['src/content/social-media/index.ts'])];
    expect(graph.filter((file) => !under(file, 'src/content/social-media')).map(show)).toEqual([]);
    const packages = graph.flatMap((file) => referencesOf(file).filter(({ specifier, typeOnly }) => !typeOnly && !specifier.startsWith('.')));
    expect(packages).toEqual([]);
  });
});
