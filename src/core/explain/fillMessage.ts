/**
 * Fills a message's `{placeholders}`; an unknown placeholder stays as it is, so a gap shows rather
 * than breaking the sentence.
 * @example fillMessage('{dimension} scored {score} of 100.', { dimension: 'Measurement', score: 7 }) // 'Measurement scored 7 of 100.'
 */
export function fillMessage(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : match));
}
