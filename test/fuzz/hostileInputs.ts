import fc from 'fast-check';

/*
 * Inputs an attacker or a broken tool could hand the kit: arbitrary JSON whose objects may carry
 * `__proto__`, `constructor` and `prototype` as own keys (made by JSON.parse, as a real payload
 * would be), wrong JavaScript types, nesting far past any real file, and megabyte strings.
 */

/** Keys that pollute a prototype when code copies them carelessly. */
export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

const key = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...PROTOTYPE_KEYS, 'toString', 'hasOwnProperty', 'valueOf') },
  { weight: 3, arbitrary: fc.string({ maxLength: 8 }) },
);

const scalarText = fc.oneof(
  fc.constantFrom('null', 'true', 'false', '0', '-0', '1e308', '-1e-308', '""', '"__proto__"', '{}', '[]'),
  fc.double().map((value) => JSON.stringify(value)),
  fc.integer().map(String),
  fc.string({ unit: 'binary', maxLength: 20 }).map((value) => JSON.stringify(value)),
);

/** JSON text of any shape; objects may repeat keys and use prototype keys as their own. */
export const jsonText: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalarText,
    fc.array(tie('value'), { maxLength: 4 }).map((items) => `[${items.join(',')}]`),
    fc
      .array(fc.tuple(key, tie('value')), { maxLength: 4 })
      .map((entries) => `{${entries.map(([name, value]) => `${JSON.stringify(name)}:${value}`).join(',')}}`),
  ),
})).value;

/** Parsed `jsonText`: `{"__proto__": …}` becomes an own property, as it does for a real payload. */
export const hostileJson: fc.Arbitrary<unknown> = jsonText.map((text) => JSON.parse(text) as unknown);

/** Values JSON cannot hold and types no caller should pass: functions, symbols, bigints, Maps, dates… */
export const wrongTypes: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    maxDepth: 3,
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
  }),
  fc.constantFrom<unknown>(undefined, Symbol('answer'), () => 'b2b', Number.NaN, Infinity, -Infinity, 10n),
);

/** Text nested `depth` levels deep: `[[[…1…]]]` or `{"a":{"a":…}}`. Built as text; JSON.stringify overflows first. */
export function deepText(depth: number, kind: 'array' | 'object', leaf = '1'): string {
  return kind === 'array' ? `${'['.repeat(depth)}${leaf}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}${leaf}${'}'.repeat(depth)}`;
}

/** A string of about `megabytes` MB: long enough to find quadratic work or a stack-heavy regex. */
export function hugeString(megabytes = 1): string {
  return 'a<\u0000é😀'.repeat(Math.floor((megabytes * 1_048_576) / 7));
}

/** Fixed extremes every target meets: deep nesting (5,000 levels), 1 MB strings, prototype payloads. */
export const EXTREME_TEXTS: readonly (readonly [string, string])[] = [
  ['5,000 nested arrays', deepText(5000, 'array')],
  ['5,000 nested objects', deepText(5000, 'object')],
  ['1 MB JSON string', JSON.stringify(hugeString())],
  ['1 MB raw text', hugeString()],
  ['1 MB object key', `{${JSON.stringify(hugeString())}:1}`],
  ['__proto__ payload', '{"__proto__":{"polluted":true,"isAdmin":true}}'],
  ['constructor.prototype payload', '{"constructor":{"prototype":{"polluted":true}}}'],
  ['nested __proto__ payload', '{"a":{"__proto__":{"polluted":1}},"b":[{"__proto__":{"isAdmin":1}}]}'],
  ['empty', ''],
  ['byte-order mark only', '\uFEFF'],
  ['lone surrogate', '"\uD800"'],
];

/** Every path to a value inside `root` (objects and arrays), root first. */
export function pathsIn(root: unknown): (string | number)[][] {
  const paths: (string | number)[][] = [];
  const visit = (value: unknown, path: (string | number)[]) => {
    paths.push(path);
    if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, index]));
    else if (typeof value === 'object' && value !== null) for (const [name, item] of Object.entries(value)) visit(item, [...path, name]);
  };
  visit(root, []);
  return paths;
}

/** A copy of `root` with the value at `path` replaced by `replacement`, or removed when `remove`. */
export function replaceAt(root: unknown, path: readonly (string | number)[], replacement: unknown, remove = false): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let parent = copy;
  for (const segment of path.slice(0, -1)) parent = parent[segment] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (remove && Array.isArray(parent)) parent.splice(last as number, 1);
  else if (remove) delete parent[last];
  // defineProperty: a replaced `__proto__` key stays an own property, as JSON.parse would make it.
  else Object.defineProperty(parent, last, { value: replacement, enumerable: true, writable: true, configurable: true });
  return copy;
}

/** `valid` with one field replaced by a hostile or wrong-typed value, or removed. */
export function mutationOf(valid: unknown, replacements: fc.Arbitrary<unknown> = fc.oneof(hostileJson, wrongTypes)): fc.Arbitrary<unknown> {
  const paths = pathsIn(valid);
  return fc
    .record({ path: fc.constantFrom(...paths), replacement: replacements, remove: fc.boolean() })
    .map(({ path, replacement, remove }) => replaceAt(valid, path, replacement, remove && path.length > 0));
}
