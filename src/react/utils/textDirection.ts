/** Languages written right to left (ISO 639), for engines without `Intl.Locale#getTextInfo`. */
const RIGHT_TO_LEFT = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ps', 'sd', 'ug', 'ur', 'yi']);

/**
 * The direction a locale's text runs, for the kit's outermost elements (`dir`): the wizard, the
 * dialog (portalled away from the host's own `dir`) and the result. Hausa in Latin script (`ha`) is
 * left to right; `ha-Arab` (Ajami) would be right to left.
 * @example textDirection('ar-EG') // 'rtl'
 */
export function textDirection(locale: string): 'ltr' | 'rtl' {
  try {
    const info = new Intl.Locale(locale) as Intl.Locale & { getTextInfo?: () => { direction?: string }; textInfo?: { direction?: string } };
    const direction = info.getTextInfo?.().direction ?? info.textInfo?.direction;
    if (direction === 'rtl' || direction === 'ltr') return direction;
    if (info.script) return ['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg'].includes(info.script) ? 'rtl' : 'ltr';
    return RIGHT_TO_LEFT.has(info.language) ? 'rtl' : 'ltr';
  } catch {
    // Not a well-formed tag: the host's text, most likely left to right.
    return 'ltr';
  }
}
