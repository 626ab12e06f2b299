/**
 * Items joined the locale's way: "A, B and C" (`and`) or "A, B or C" (`or`); English if the locale
 * tag is malformed.
 * @example formatList(['CTR', 'CPL'], 'zh-Hant', 'or') // 'CTR或CPL'
 */
export function formatList(items: readonly string[], locale: string, joiner: 'and' | 'or'): string {
  const type = joiner === 'and' ? 'conjunction' : 'disjunction';
  try {
    return new Intl.ListFormat(locale, { type }).format(items);
  } catch {
    return new Intl.ListFormat('en', { type }).format(items);
  }
}
