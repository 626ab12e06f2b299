const rulesByLocale = new Map<string, Intl.PluralRules>();

/** One cached `Intl.PluralRules` per locale; a malformed locale tag falls back to English. */
function pluralRules(locale: string): Intl.PluralRules {
  let rules = rulesByLocale.get(locale);
  if (!rules) {
    try {
      rules = new Intl.PluralRules(locale);
    } catch {
      // A host's typo in a locale tag must not break the sentence.
      rules = new Intl.PluralRules('en');
    }
    rulesByLocale.set(locale, rules);
  }
  return rules;
}

/**
 * Picks the branch of a plural for a value: an exact `=n` branch first, then the locale's plural
 * category (`one`, `few`, `many`, …), then `other`. A value that is not a number (a figure already
 * formatted with grouping, say) takes `other`. Undefined when not even `other` is there.
 * @example selectPlural({ one: '# answer', other: '# answers' }, 1, 'en') // '# answer'
 */
export function selectPlural(branches: Readonly<Record<string, string>>, value: string | number, locale: string): string | undefined {
  const count = typeof value === 'number' ? value : value.trim() === '' ? Number.NaN : Number(value);
  if (!Number.isFinite(count)) return branches.other;
  const exact = branches[`=${count}`];
  if (exact !== undefined) return exact;
  return branches[pluralRules(locale).select(count)] ?? branches.other;
}
