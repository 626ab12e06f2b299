/*
 * The two pieces of RFC 4180 output: a field, quoted when it must be, and a number written the same
 * way in every locale.
 */

/**
 * A CSV field (RFC 4180): wrapped in double quotes, with inner quotes doubled, when it holds a comma,
 * a quote, a line break or leading or trailing spaces (which some readers trim); otherwise as it is.
 * @example csvField('Audience, decision') // '"Audience, decision"'
 */
export function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * A finite number in plain decimal notation, whatever the locale: `.` before the fraction, no
 * grouping, no exponent (`1e-7` becomes `0.0000001`), and every digit JavaScript needs to read the
 * same number back. Non-finite numbers have no CSV form and give an empty field.
 * @example formatCsvNumber(1234.5) // '1234.5'; formatCsvNumber(2e21) // '2000000000000000000000'
 */
export function formatCsvNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  const text = String(value);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign, head, tail = '', exponentText] = match;
  const digits = `${head}${tail}`;
  const exponent = Number(exponentText);
  if (exponent >= 0) return `${sign}${digits.padEnd(exponent + 1, '0')}`;
  return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
}
