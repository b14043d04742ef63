// A list in words, as each language writes one: "você (o remetente) e o administrador do seu servidor"
// (Intl.ListFormat: commas and the last "e"/"and" where they belong). Browser-safe.
import type { Locale } from '../types.js';

const FORMATS = new Map<Locale, Intl.ListFormat>();

export function listWords(items: readonly string[], lang: Locale): string {
  let format = FORMATS.get(lang);
  if (!format) FORMATS.set(lang, (format = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' })));
  return format.format(items);
}
