import { localeChain } from './localise';
import { normaliseLocale } from './negotiateLocale';

/**
 * The first catalog along a locale's fallback chain (`zh-TW` → `zh-Hant-TW` → `zh-Hant`), else `fallback`:
 * how the reason sentences, the issue messages and the CLI's words each pick their language.
 * @example pickCatalog({ 'zh-Hant': zh }, 'zh-TW', en) // zh
 */
export function pickCatalog<T>(catalogs: Readonly<Record<string, T>>, locale: string, fallback: T): T {
  for (const candidate of localeChain(normaliseLocale(locale))) if (Object.hasOwn(catalogs, candidate)) return catalogs[candidate]!;
  return fallback;
}
