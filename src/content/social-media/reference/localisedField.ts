import type { LocalisedText } from '../../../core/questionnaire/questionnaire.types';

/** Texts of one kind by locale, then by item id: `{ en: { audience: { b2b: '…' } }, 'zh-Hant': … }`. */
export type TextsByLocale<Field extends string> = Readonly<Record<string, Readonly<Record<string, Readonly<Record<Field, string>>>>>>;

/** One field of one item in every locale that has it; a locale without it falls back to English. */
export function localisedField<Field extends string>(texts: TextsByLocale<Field>, id: string, field: Field): LocalisedText {
  return Object.fromEntries(Object.entries(texts).flatMap(([locale, items]) => (items[id] ? [[locale, items[id]![field]]] : [])));
}
