// Where the code pages are (/codigos/550, /codes/550): apart from the page's words (page-text.ts), so that
// a code's reference entry (src/explain/code-info.ts, the library's describeCode()) carries no more than its
// path. Browser-safe.
import type { Locale } from '../types.js';

/** Base path of the code pages of a language, and the language of a base path. */
export const CODES_PATH: Record<Locale, string> = { 'pt-BR': '/codigos', en: '/codes' };

/** URL of the reference page of a code ("550", "5.7.26", "X.1.1") in a language. */
export function codeUrl(code: string, lang: Locale): string {
  return `${CODES_PATH[lang]}/${encodeURIComponent(code)}`;
}
