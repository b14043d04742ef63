// The language a request names: a JSON body's "lang" or the query's ?lang=, and its Accept-Language.
import { matchLocale } from '../i18n/catalog.js';
import type { Locale } from '../types.js';
import { bestOf } from './quality-list.js';

/** A lang value -> locale; undefined when not given; null when it is no language we write in (400 unknownLang). */
export function langOf(value: unknown): Locale | null | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  return (typeof value === 'string' ? matchLocale(value) : null) ?? null;
}

/** A lang value -> locale, or undefined when it is missing or not ours (for words of an error). */
export function langOrNone(value: unknown): Locale | undefined {
  return langOf(value) ?? undefined;
}

/**
 * The language of an Accept-Language header we write in, by its weight ("en;q=0.1, pt-BR;q=0.9" ->
 * pt-BR; the first listed among equal weights; q=0 refused); null when none is ours or there is no header.
 */
export function acceptedLang(header: string | undefined): Locale | null {
  return bestOf(header, matchLocale);
}
