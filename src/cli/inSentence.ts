// Languages in Latin script that write labels with a capital but common nouns in lower case.
const LOWER_CASE_NOUNS = new Set(['en', 'ha']);

/**
 * Lower-cases a label's first letter so it reads inside a sentence, in languages that do so;
 * acronyms and names that start with two capitals ("B2B …", "LinkedIn" aside) stay.
 * @example inSentence('Businesses and other organisations (B2B)', 'en') // 'businesses and other organisations (B2B)'
 */
export function inSentence(label: string, locale: string): string {
  const language = locale.split('-')[0]!.toLowerCase();
  return LOWER_CASE_NOUNS.has(language) && /^\p{Lu}\p{Ll}/u.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
}
