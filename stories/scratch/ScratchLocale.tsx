import type { ResultSourceProps } from '../../src/react/context/useResultSource';
import { formatValue } from '../../src/react/utils/formatValue';

/** Props of the scratch. */
export interface ScratchLocaleProps extends ResultSourceProps {
  /** A label. */
  label?: string;
}

/** Scratch. */
export function ScratchLocale({ locale = 'none', label = 'x' }: ScratchLocaleProps) {
  return <p className="rk-Root">{label} locale={locale} value={formatValue(1234.5, 'count', { locale: locale === 'none' ? 'en' : locale })}</p>;
}
