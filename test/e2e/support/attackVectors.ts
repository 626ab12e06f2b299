/**
 * Script-injection vectors, each of which runs `window.__pwned(n)` if a page ever treats it as HTML
 * or follows it as a link: tags, event-handler attributes, `javascript:` URLs, SVG, and entity- and
 * case-encoded variants.
 */
export const attackVectors: readonly string[] = [
  '<script>window.__pwned(1)</script>',
  '<img src=x onerror="window.__pwned(2)">',
  '"><svg onload=window.__pwned(3)>',
  "'><iframe srcdoc=\"<script>parent.__pwned(4)</script>\"></iframe>",
  'javascript:window.__pwned(5)',
  '<a href="javascript:window.__pwned(6)">click</a>',
  '&lt;script&gt;window.__pwned(7)&lt;/script&gt;',
  '<ScRiPt>window.__pwned(8)</sCrIpT>',
  '<svg><script>window.__pwned(9)</script></svg>',
  '<details open ontoggle=window.__pwned(10)>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned(11)>',
  'JaVaScRiPt:window.__pwned(12)',
];

/** Keys whose values a definition shows as text; their strings (or localised strings) get a vector. */
const TEXT_KEYS = new Set(['title', 'description', 'label', 'help', 'body', 'negativePole', 'positivePole', 'placeholder']);

/**
 * A copy of a definition with every displayed text replaced by an attack vector, in turn; ids,
 * types and numbers are left alone so that the definition stays valid.
 */
export function withVectorsInEveryText<T>(definition: T): T {
  let next = 0;
  const vector = () => attackVectors[next++ % attackVectors.length]!;
  const walk = (value: unknown, key: string): unknown => {
    if (TEXT_KEYS.has(key)) {
      if (typeof value === 'string') return vector();
      if (value && typeof value === 'object' && !Array.isArray(value))
        return Object.fromEntries(Object.keys(value).map((locale) => [locale, vector()]));
    }
    if (Array.isArray(value)) return value.map((item) => walk(item, key));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([child, item]) => [child, walk(item, child)]));
    return value;
  };
  return walk(definition, '') as T;
}

/** How many strings in `value`, however deep, are attack vectors: the texts a test poisoned. */
export function countVectorTexts(value: unknown): number {
  if (typeof value === 'string') return attackVectors.includes(value) ? 1 : 0;
  if (value && typeof value === 'object') return Object.values(value).reduce((sum: number, item) => sum + countVectorTexts(item), 0);
  return 0;
}
