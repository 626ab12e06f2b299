const formats = new Map<string, Intl.NumberFormat>();

/**
 * One cached `Intl.NumberFormat` per locale and options; a malformed locale or currency code falls
 * back to plain English, as the core's formatter does, so a host's typo never breaks a sentence.
 */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat(locale, options);
    } catch {
      const { currency: _currency, style, ...rest } = options;
      format = new Intl.NumberFormat('en', style === 'currency' ? rest : options);
    }
    formats.set(key, format);
  }
  return format;
}
